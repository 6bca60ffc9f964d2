#include "core/store/document.h"

#include "core/store/documentprivate.h"
#include "core/store/schema.h"

#include <QFile>
#include <QFileInfo>

namespace dateline {

namespace store {

QString timestamp(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.isValid() ? dateTime.toUTC() : QDateTime::currentDateTimeUtc();
    return utc.toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &text)
{
    // Rows written together share their stamps (an import writes one for all): reading a table,
    // the last stamp parsed is reused (parsing is a large part of reading an event).
    static thread_local QString lastText;
    static thread_local QDateTime lastTime;
    if (text != lastText || text.isNull()) {
        QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
        lastTime = result.isValid() ? result.toUTC() : result;
        lastText = text;
    }
    return lastTime;
}

void bindDate(Statement &statement, int first, const FuzzyDate &date)
{
    if (!date.isValid()) {
        for (int i = 0; i < 5; ++i)
            statement.bindNull(first + i);
        return;
    }
    const DateBounds b = date.bounds();
    statement.bind(first, date.toEdtf())
        .bind(first + 1, b.earliestStart)
        .bind(first + 2, b.latestStart)
        .bind(first + 3, b.earliestEnd)
        .bind(first + 4, b.latestEnd);
}

FuzzyDate readDate(const Statement &statement, int column)
{
    return statement.isNull(column) ? FuzzyDate() : FuzzyDate::fromEdtf(statement.text(column));
}

void bindId(Statement &statement, int index, std::int64_t id)
{
    if (id > 0)
        statement.bind(index, id);
    else
        statement.bindNull(index);
}

QByteArray parameterList(int count)
{
    QByteArray params;
    for (int i = 1; i <= count; ++i)
        params += (i > 1 ? ",?" : "?") + QByteArray::number(i);
    return params;
}

void notFound(const char *what, std::int64_t id)
{
    throw StoreError(QStringLiteral("There is no %1 with id %2 in this document")
                         .arg(QLatin1StringView(what))
                         .arg(id)
                         .toStdString());
}

std::int64_t writeRow(Database &db, const char *sql, const std::function<void(Statement &)> &bind,
                      const char *entity, std::int64_t id, MustExist mustExist)
{
    Transaction transaction(db);
    Statement &s = db.cached(sql);
    bind(s);
    s.execute();
    if (mustExist == MustExist::Yes && db.changes() == 0)
        notFound(entity, id);
    const std::int64_t rowId = db.lastInsertRowId();
    transaction.commit();
    return rowId;
}

bool rowExists(const Database &db, const char *table, std::int64_t id)
{
    Statement &s = db.cached(QByteArray("SELECT 1 FROM ") + table + " WHERE id = ?1");
    const bool found = s.bind(1, id).step();
    s.reset();
    return found;
}

} // namespace store

void Document::Private::requireWritable(const char *action) const
{
    if (readOnly) {
        throw StoreError(QStringLiteral("This document is open read-only, so Dateline cannot %1. "
                                        "Save a copy to edit it.")
                             .arg(QLatin1StringView(action))
                             .toStdString());
    }
}

void Document::Private::touchEach(EntityKind kind, const char *sql, std::int64_t parameter) const
{
    if (!observer)
        return;
    std::vector<std::int64_t> ids;
    Statement &s = db->cached(sql);
    s.bind(1, parameter);
    while (s.step())
        ids.push_back(s.int64(0));
    s.reset();
    if (!ids.empty())
        observer(kind, ids, Touch::Changing);
}

void Document::Private::touchAll(EntityKind kind, const QByteArray &sql, Touch how) const
{
    if (!observer)
        return;
    std::vector<std::int64_t> ids;
    Statement s = db->prepare(sql);
    while (s.step())
        ids.push_back(s.int64(0));
    if (!ids.empty())
        observer(kind, ids, how);
}

void Document::setTouchObserver(TouchObserver observer)
{
    d->observer = std::move(observer);
}

void Document::setBulkObserver(std::function<void(const BulkImportSummary &)> observer)
{
    d->bulkObserver = std::move(observer);
}

void Document::bulkImportCommitting(const BulkImportSummary &summary)
{
    if (d->bulkObserver)
        d->bulkObserver(summary);
}

Document::Document() : d(std::make_unique<Private>()) {}

Document::~Document()
{
    d->bulk.clear(); // roll back anything left open before the connection closes
}

namespace {

// Connection settings shared by create() and open(): none of them writes to the file.
void configure(Database &db)
{
    db.setBeforeCommit(QByteArray(schema::kBumpRevision));
}

} // namespace

std::unique_ptr<Document> Document::create(const QString &path, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return std::unique_ptr<Document>();
    };
    // Claim the name atomically (O_EXCL): a file that appears between a check and the open must
    // neither be overwritten nor deleted when something below fails.
    {
        QFile claim(path);
        if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(path))
                return fail(QStringLiteral("%1 already exists; Dateline will not overwrite it").arg(path));
            return fail(QStringLiteral("Could not create %1: %2").arg(path, claim.errorString()));
        }
    }
    std::unique_ptr<Document> document(new Document);
    try {
        document->d->db = std::make_unique<Database>(path, Database::Access::ReadWrite);
        Database &db = *document->d->db;
        store::hardenConnection(db);
        configure(db);
        db.exec("PRAGMA journal_mode = WAL");
        Transaction transaction(db);
        schema::create(db);
        Statement created = db.prepare("INSERT INTO meta(key, value) VALUES ('created', ?1)");
        created.bind(1, store::timestamp({})).execute();
        transaction.commit();
    } catch (const StoreError &error) {
        document.reset();
        // Ours alone: we created it empty above.
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return fail(QStringLiteral("Could not create %1: %2").arg(path, QString::fromUtf8(error.what())));
    }
    document->d->path = path;
    document->d->created = true;
    return document;
}

std::unique_ptr<Document> Document::createInMemory()
{
    std::unique_ptr<Document> document(new Document);
    document->d->db = Database::inMemory();
    Database &db = *document->d->db;
    store::hardenConnection(db);
    configure(db);
    Transaction transaction(db);
    schema::create(db);
    transaction.commit();
    return document;
}

QString Document::path() const
{
    return d->path;
}

bool Document::isReadOnly() const
{
    return d->readOnly;
}

bool Document::wasCreatedHere() const
{
    return d->created;
}

QString Document::title() const
{
    Statement &s = d->db->cached("SELECT value FROM meta WHERE key = 'title'");
    QString result = s.step() ? s.text(0) : QString();
    s.reset();
    return result;
}

void Document::setTitle(const QString &title)
{
    d->requireWritable("change the title");
    Transaction transaction(*d->db);
    d->touch(EntityKind::Title, 0);
    Statement &s = d->db->cached("INSERT OR REPLACE INTO meta(key, value) VALUES ('title', ?1)");
    s.bind(1, title).execute();
    transaction.commit();
}

Document::BulkEdit::BulkEdit(Document &document) : m_document(document)
{
    m_document.d->requireWritable("make changes");
    m_document.d->bulk.push_back(std::make_unique<Transaction>(*m_document.d->db));
}

Document::BulkEdit::~BulkEdit()
{
    if (!m_done && !m_document.d->bulk.empty())
        m_document.d->bulk.pop_back(); // rolls back
}

void Document::BulkEdit::commit()
{
    if (m_done || m_document.d->bulk.empty())
        return;
    m_document.d->bulk.back()->commit();
    m_document.d->bulk.pop_back();
    m_done = true;
}

Database &Document::database()
{
    return *d->db;
}

const Database &Document::database() const
{
    return *d->db;
}

} // namespace dateline
