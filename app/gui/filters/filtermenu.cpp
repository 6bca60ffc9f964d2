#include "app/gui/filters/filtermenu.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/filters/daterangedialog.h"
#include "app/gui/filters/filtercontroller.h"
#include "app/gui/filters/valuepickerdialog.h"
#include "core/index/facetindex.h"
#include "core/model/isocountries.h"
#include "core/store/document.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

#include <algorithm>

namespace dateline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FilterMenu", text);
}

// A checkable action that adds value to, or removes it from, a list facet.
template <typename List, typename Value>
void addToggle(QMenu *menu, const QString &text, FilterController *filters, List EventFilter::*member, Value value)
{
    const List &current = filters->filter().*member;
    QAction *a = menu->addAction(text);
    a->setCheckable(true);
    a->setChecked(std::find(current.begin(), current.end(), value) != current.end());
    QObject::connect(a, &QAction::toggled, filters, [filters, member, value](bool on) {
        EventFilter f = filters->filter();
        List &list = f.*member;
        const auto it = std::find(list.begin(), list.end(), value);
        if (on && it == list.end())
            list.push_back(value);
        else if (!on && it != list.end())
            list.erase(it);
        filters->setFilter(f);
    });
}

// An exclusive list of choices for an optional facet ("Any" first).
template <typename T>
void addChoices(QMenu *menu, FilterController *filters, std::optional<T> EventFilter::*member,
                const std::vector<std::pair<QString, std::optional<T>>> &choices)
{
    auto *group = new QActionGroup(menu);
    for (const auto &[text, value] : choices) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(filters->filter().*member == value);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, filters, [filters, member, value = value] {
            EventFilter f = filters->filter();
            f.*member = value;
            filters->setFilter(f);
        });
    }
}

// Actor…, Country… and Tag…: a value picked from the document's actors, or its facets' countries
// and tags (disabled when there are none).
void addPickers(QMenu *menu, FilterController *filters, DocumentController *documents, QWidget *dialogParent)
{
    const Document *document = documents->document();
    const FacetIndex *facets = filters->facets();
    QAction *actor = menu->addAction(tr("&Actor…"), filters, [=] {
        if (!documents->document())
            return;
        std::vector<EntityPicker::Item> items;
        for (const Actor &a : documents->document()->actors())
            items.push_back({a.id.value, a.label, a.country});
        const qint64 id = ValuePickerDialog::ask(dialogParent, tr("Filter by Actor"), tr("Events involving:"), items);
        EventFilter f = filters->filter();
        if (id != 0 && std::find(f.actors.begin(), f.actors.end(), ActorId(id)) == f.actors.end()) {
            f.actors.push_back(ActorId(id));
            filters->setFilter(f);
        }
    });
    actor->setEnabled(document);
    QAction *country = menu->addAction(tr("&Country…"), filters, [=] {
        if (!filters->facets())
            return;
        const QStringList codes = filters->facets()->countries();
        std::vector<EntityPicker::Item> items;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            items.push_back({i + 1, countryDisplayName(codes[i]), codes[i]});
            // Its ISO name, shown before it had an everyday one, finds it too ("Russian Federation — Russia").
            if (const IsoCountry *country = knownCountry(codes[i]); country && country->name != country->displayName())
                items.push_back({i + 1, country->name, country->displayName()});
        }
        const qint64 id = ValuePickerDialog::ask(dialogParent, tr("Filter by Country"),
                                                 tr("Events whose place or one of whose actors is in:"), items);
        EventFilter f = filters->filter();
        if (id > 0 && id <= codes.size() && !f.countries.contains(codes[id - 1])) {
            f.countries.append(codes[id - 1]);
            filters->setFilter(f);
        }
    });
    country->setEnabled(facets && !facets->countries().isEmpty());
    QAction *tag = menu->addAction(tr("&Tag…"), filters, [=] {
        if (!filters->facets())
            return;
        const QStringList tags = filters->facets()->tags();
        std::vector<EntityPicker::Item> items;
        for (qsizetype i = 0; i < tags.size(); ++i)
            items.push_back({i + 1, tags[i]});
        const qint64 id = ValuePickerDialog::ask(dialogParent, tr("Filter by Tag"), tr("Events tagged:"), items);
        EventFilter f = filters->filter();
        if (id > 0 && id <= tags.size() && !f.tags.contains(tags[id - 1])) {
            f.tags.append(tags[id - 1]);
            filters->setFilter(f);
        }
    });
    tag->setEnabled(facets && !facets->tags().isEmpty());
}

// Event type, quad class and status toggles, and the date range.
void addKindMenus(QMenu *menu, FilterController *filters, QWidget *dialogParent)
{
    QMenu *types = menu->addMenu(tr("Event T&ype"));
    for (int root = 1; root <= 20; ++root)
        addToggle(types, QStringLiteral("%1 %2").arg(root, 2, 10, QLatin1Char('0')).arg(cameo::rootName(root)),
                  filters, &EventFilter::cameoRoots, root);
    QMenu *quads = menu->addMenu(tr("&Quad Class"));
    for (int q = 1; q <= 4; ++q)
        addToggle(quads, cameo::quadClassName(cameo::QuadClass(q)), filters, &EventFilter::quadClasses, cameo::QuadClass(q));
    QMenu *statuses = menu->addMenu(tr("&Status"));
    for (int s = 0; s <= int(EventStatus::Denied); ++s) {
        QString name = statusName(EventStatus(s));
        name[0] = name[0].toUpper();
        addToggle(statuses, name, filters, &EventFilter::statuses, EventStatus(s));
    }
    menu->addAction(tr("&Date Range…"), filters, [=] {
        DateRangeDialog dialog(filters->filter().dateRange, dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        EventFilter f = filters->filter();
        f.dateRange = dialog.range();
        filters->setFilter(f);
    });
}

// Source reliability, quote credibility and whether an event has quotes.
void addSourcingMenus(QMenu *menu, FilterController *filters)
{
    QMenu *reliability = menu->addMenu(tr("Source &Reliability"));
    std::vector<std::pair<QString, std::optional<QChar>>> grades{{tr("Any"), std::nullopt}};
    for (const char g : {'A', 'B', 'C', 'D', 'E', 'F'})
        grades.emplace_back(tr("At least %1").arg(QLatin1Char(g)), QChar(QLatin1Char(g)));
    addChoices(reliability, filters, &EventFilter::minReliability, grades);
    QMenu *credibility = menu->addMenu(tr("Quote Credi&bility"));
    std::vector<std::pair<QString, std::optional<int>>> levels{{tr("Any"), std::nullopt}};
    for (int c = 1; c <= 6; ++c)
        levels.emplace_back(tr("At most %1").arg(c), c);
    addChoices(credibility, filters, &EventFilter::maxCredibility, levels);
    QMenu *quotes = menu->addMenu(tr("Has Q&uotes"));
    addChoices(quotes, filters, &EventFilter::hasQuotes,
               std::vector<std::pair<QString, std::optional<bool>>>{
                   {tr("Any"), std::nullopt}, {tr("With quotes"), true}, {tr("Without quotes"), false}});
}

} // namespace

void populateFilterMenu(QMenu *menu, FilterController *filters, DocumentController *documents, QWidget *dialogParent)
{
    menu->clear();
    addPickers(menu, filters, documents, dialogParent);
    const qsizetype pickers = menu->actions().size();
    menu->addSeparator();
    addKindMenus(menu, filters, dialogParent);
    menu->addSeparator();
    addSourcingMenus(menu, filters);
    // The pickers have their own conditions; everything else needs a document.
    const QList<QAction *> actions = menu->actions();
    for (qsizetype i = pickers; i < actions.size(); ++i)
        if (!actions[i]->isSeparator())
            actions[i]->setEnabled(documents->document());
}

} // namespace dateline
