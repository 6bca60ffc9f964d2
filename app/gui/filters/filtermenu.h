#pragma once

class QMenu;
class QWidget;

namespace dateline {

class DocumentController;
class FilterController;

// Fills the "+ Filter" menu from the current filter: pickers for actor, country and tag (with
// completion over the document's values), checkable lists of CAMEO roots, quad classes and
// statuses, a date range, the reliability, credibility and quote choices. Each action changes the
// filter at once. Call it on aboutToShow so the checks follow the filter.
void populateFilterMenu(QMenu *menu, FilterController *filters, DocumentController *documents, QWidget *dialogParent);

} // namespace dateline
