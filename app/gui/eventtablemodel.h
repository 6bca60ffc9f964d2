#pragma once

#include "core/date/fuzzydate.h"
#include "core/model/ids.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <vector>

namespace dateline {

class Document;

// The events of a document as table rows: date, title, actors, type, quote count. Rows are kept in
// time order (bounds, then sort key, then id; an open start sorts at its latest possible start), so
// sorting the date column sorts by time, not by display text ("before 26 Mar 2008" is not a "b").
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, ActorsColumn, TypeColumn, QuotesColumn, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1, // qint64 event id
        SortRole,                       // what the proxy sorts by, per column
        FilterRole,                     // title and actors, for the filter line edit
    };

    explicit EventTableModel(QObject *parent = nullptr);

    // Re-reads everything from the document; nullptr empties the table. The model does not own it.
    void setDocument(const Document *document);
    void reload();

    EventId eventAt(int row) const;
    int rowOf(EventId id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        EventId id;
        DateBounds bounds;
        bool hasDate = false;
        std::int64_t sortKey = 0;
        QString date;
        QString edtf;
        QString title;
        QString actors;
        QString type;
        QString typeTip;
        int quotes = 0;
    };

    const Document *m_document = nullptr;
    std::vector<Row> m_rows;
    QHash<EventId, int> m_rowOf;
};

} // namespace dateline
