#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace dateline {

class DocumentController;
class FlowLayout;
class FilterController;

// The strip above the timeline: a "+ Filter" button (a menu to add any facet), one removable chip
// per filter value ("Actor: Russia ×"; a click removes it), how many events the filters hide
// ("1,204 events hidden by filters", in the locale's digits) and "Clear filters".
class FilterChipBar : public QWidget {
    Q_OBJECT
public:
    FilterChipBar(FilterController *filters, DocumentController *documents, QWidget *parent = nullptr);

    QToolButton *addButton() const { return m_add; }
    QLabel *hiddenLabel() const { return m_hidden; }
    QPushButton *clearButton() const { return m_clear; }
    QStringList chipTexts() const; // without the "×", for tests

private:
    void rebuild();
    void updateCount();

    FilterController *m_filters;
    DocumentController *m_documents;
    QToolButton *m_add;
    QMenu *m_menu;
    FlowLayout *m_chips;
    QLabel *m_hidden;
    QPushButton *m_clear;
};

} // namespace dateline
