#include "app/gui/filters/filterchipbar.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/filters/filterchips.h"
#include "app/gui/filters/filtercontroller.h"
#include "app/gui/filters/filtermenu.h"
#include "app/gui/filters/flowlayout.h"
#include "core/model/actorlabel.h"
#include "core/model/isocountries.h"
#include "core/store/document.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QToolButton>

namespace dateline {

namespace {

constexpr char kCross[] = "  \u00D7"; // the chip's remove mark

// Rounded chips drawn from the widget palette, so that light and dark themes both read.
constexpr char kChipStyle[] =
    "QToolButton#filterChip { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 8px;"
    " background: palette(alternate-base); color: palette(text); }"
    "QToolButton#filterChip:hover { background: palette(midlight); border-color: palette(highlight); }"
    "QToolButton#addFilter::menu-indicator { image: none; width: 0px; }"
    "QToolButton#addFilter { padding: 2px 8px; }";

} // namespace

FilterChipBar::FilterChipBar(FilterController *filters, DocumentController *documents, QWidget *parent)
    : QWidget(parent)
    , m_filters(filters)
    , m_documents(documents)
    , m_add(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_chips(new FlowLayout(nullptr, 6))
    , m_hidden(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear filters"), this))
{
    setObjectName(QStringLiteral("filterChipBar"));
    m_add->setObjectName(QStringLiteral("addFilter"));
    m_add->setText(tr("+ Filter"));
    m_add->setToolTip(tr("Show only the events with an actor, type, country, tag, status, date…"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, [this] { populateFilterMenu(m_menu, m_filters, m_documents, window()); });
    m_hidden->setObjectName(QStringLiteral("hiddenCount"));
    m_hidden->setTextFormat(Qt::PlainText);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setFlat(true);
    connect(m_clear, &QPushButton::clicked, m_filters, &FilterController::clear);

    // Chips wrap into more rows when there are more than fit in one.
    auto *chipArea = new QWidget(this);
    chipArea->setObjectName(QStringLiteral("filterChips"));
    chipArea->setLayout(m_chips);
    chipArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setStyleSheet(QString::fromLatin1(kChipStyle));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(8);
    layout->addWidget(m_add, 0, Qt::AlignTop);
    layout->addWidget(chipArea, 1);
    layout->addWidget(m_hidden, 0, Qt::AlignTop);
    layout->addWidget(m_clear, 0, Qt::AlignTop);

    connect(m_filters, &FilterController::filterChanged, this, &FilterChipBar::rebuild);
    connect(m_filters, &FilterController::countsChanged, this, &FilterChipBar::updateCount);
    connect(m_filters, &FilterController::facetsChanged, this, &FilterChipBar::updateCount);
    connect(m_documents, &DocumentController::documentEdited, this, &FilterChipBar::rebuild); // actor renamed
    rebuild();
}

void FilterChipBar::rebuild()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Document *document = m_documents->document();
    // Labels that several actors share (GDELT has a "Sanor" in Congo and one in Sweden): such a
    // chip names the country too, as the actor picker does, or "Actor: Sanor" says not which.
    QSet<QString> shared;
    if (document && !m_filters->filter().actors.empty()) {
        QStringList labels;
        for (const Actor &a : document->actors())
            labels.append(a.label);
        shared = repeatedLabels(labels);
    }
    auto actorName = [document, &shared](ActorId id) {
        const std::optional<Actor> actor = document ? document->actor(id) : std::nullopt;
        if (!actor || actor->label.isEmpty())
            return tr("Actor %1").arg(id.value);
        return shared.contains(actor->label) ? labelWithCode(actor->label, actorCode(*actor)) : actor->label;
    };
    auto countryName = [](const QString &code) { return countryDisplayName(code); };
    int at = 0;
    for (const FilterChip &chip : filterChips(m_filters->filter(), actorName, countryName)) {
        auto *button = new QToolButton;
        button->setObjectName(QStringLiteral("filterChip"));
        button->setText(chip.text + QString::fromUtf8(kCross));
        button->setToolTip(tr("Remove the filter “%1”").arg(chip.text));
        button->setAccessibleName(chip.text);
        button->setProperty("chipText", chip.text);
        button->setCursor(Qt::PointingHandCursor);
        const EventFilter without = chip.without;
        connect(button, &QToolButton::clicked, m_filters, [this, without] { m_filters->setFilter(without); });
        m_chips->insertWidget(at++, button);
    }
    updateCount();
}

void FilterChipBar::updateCount()
{
    const bool active = m_filters->isActive();
    m_clear->setVisible(active);
    m_hidden->setVisible(active);
    if (!active)
        return;
    if (m_filters->facets() == nullptr) {
        m_hidden->setText(tr("Reading the document’s facets…"));
        return;
    }
    const std::uint32_t hidden = m_filters->hiddenCount();
    m_hidden->setText(hidden == 1 ? tr("1 event hidden by filters")
                                  : tr("%1 events hidden by filters").arg(QLocale().toString(qulonglong(hidden))));
}

QStringList FilterChipBar::chipTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_chips->count(); ++i)
        if (QWidget *w = m_chips->itemAt(i)->widget())
            texts << w->property("chipText").toString();
    return texts;
}

} // namespace dateline
