#include "app/gui/eventtablemodel.h"

#include "core/model/cameo.h"
#include "core/store/document.h"

#include <algorithm>
#include <tuple>

namespace dateline {

namespace {

QString typeText(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QString root = cameo::rootName(cameo::rootCode(code));
    return root.isEmpty() ? code : QStringLiteral("%1 %2").arg(code, root);
}


} // namespace

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventTableModel::setDocument(const Document *document)
{
    m_document = document;
    reload();
}

void EventTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    if (m_document) {
        QHash<ActorId, QString> actorNames;
        for (const Actor &actor : m_document->actors())
            actorNames.insert(actor.id, actor.label);
        QHash<EventId, int> quoteCounts;
        m_document->forEachEventSpan([&](const EventSpan &span) {
            if (span.quoteCount > 0)
                quoteCounts.insert(span.id, span.quoteCount);
        });

        const std::vector<Event> events = m_document->events();
        m_rows.reserve(events.size());
        for (const Event &event : events) {
            Row row;
            row.id = event.id;
            row.hasDate = event.date.isValid();
            if (row.hasDate)
                row.bounds = event.date.bounds();
            row.sortKey = event.sortKey;
            row.date = event.date.toDisplayString();
            row.edtf = event.date.toEdtf();
            row.title = event.title;
            QStringList names;
            for (const ActorLink &link : event.actors)
                names.append(actorNames.value(link.actor));
            row.actors = names.join(QStringLiteral(", "));
            row.type = typeText(event.cameoCode);
            if (!event.cameoCode.isEmpty())
                row.typeTip = QStringLiteral("CAMEO %1 — %2")
                                  .arg(event.cameoCode,
                                       cameo::quadClassName(cameo::quadClass(event.cameoCode)));
            row.quotes = quoteCounts.value(event.id);
            m_rows.push_back(std::move(row));
        }
        // Time order: undated events last, then bounds, sort key, id.
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            const auto key = [](const Row &r) {
                return std::tuple(!r.hasDate, sortTime(r.bounds), r.bounds.latestStart,
                                  r.bounds.earliestEnd, r.bounds.latestEnd, r.sortKey, r.id.value);
            };
            return key(a) < key(b);
        });
        for (int i = 0; i < int(m_rows.size()); ++i)
            m_rowOf.insert(m_rows[size_t(i)].id, i);
    }
    endResetModel();
}

EventId EventTableModel::eventAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : EventId();
}

int EventTableModel::rowOf(EventId id) const
{
    return m_rowOf.value(id, -1);
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return row.date;
        case TitleColumn: return row.title;
        case ActorsColumn: return row.actors;
        case TypeColumn: return row.type;
        case QuotesColumn: return row.quotes;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn: return row.edtf;
        case TitleColumn: return row.title;
        case ActorsColumn: return row.actors;
        case TypeColumn: return row.typeTip;
        case QuotesColumn:
            return row.quotes == 1 ? tr("1 quote") : tr("%1 quotes").arg(row.quotes);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == QuotesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case DateColumn: return index.row(); // rows are already in time order
        case QuotesColumn: return row.quotes;
        default: return data(index, Qt::DisplayRole);
        }
    case FilterRole:
        return QString(row.title + QLatin1Char('\n') + row.actors);
    case EventIdRole:
        return QVariant::fromValue<qint64>(row.id.value);
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TitleColumn: return tr("Title");
    case ActorsColumn: return tr("Actors");
    case TypeColumn: return tr("Type");
    case QuotesColumn: return tr("Quotes");
    }
    return {};
}

} // namespace dateline
