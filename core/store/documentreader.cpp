#include "core/store/documentreader.h"

#include "core/store/database.h"
#include "core/store/document.h"

#include <QThread>

#include <mutex>

namespace dateline {

struct DocumentReader::Running {
    std::mutex mutex;
    const Database *database = nullptr; // set while the worker's connection is open
};

// Lives in the reader's thread: owns the connection and answers requests in order.
class DocumentReadWorker : public QObject {
    Q_OBJECT
public:
    DocumentReadWorker(DocumentReader *reader, std::shared_ptr<std::atomic<quint64>> latest,
                       std::shared_ptr<DocumentReader::Running> running)
        : m_reader(reader), m_latest(std::move(latest)), m_running(std::move(running))
    {
    }
    ~DocumentReadWorker() override { close(); }

    void run(quint64 serial, const QString &path, OpenMode mode, const DocumentReader::Work &work)
    {
        QString error;
        // An interrupt meant for an older read can outlast it on the connection (SQLite clears it
        // only when no statement is active): a read that fails so while still wanted gets a fresh
        // connection and one more try, and the connection of a superseded read is not kept.
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (serial != m_latest->load())
                return; // superseded
            try {
                if (path != m_path || mode != m_mode || !m_document) {
                    open(path, mode, &error);
                    if (serial != m_latest->load())
                        return; // superseded while opening, which cannot be interrupted
                }
                if (!m_document)
                    break;
                DocumentReader::Done done = work(*m_document);
                if (serial != m_latest->load())
                    close();
                // The reader outlives this thread (its destructor waits), so the call is queued
                // to a live object.
                QMetaObject::invokeMethod(
                    m_reader, [reader = m_reader, serial, done = std::move(done)] { reader->deliver(serial, done); },
                    Qt::QueuedConnection);
                return;
            } catch (const StoreError &e) {
                close();
                error = QString::fromUtf8(e.what());
                if (!e.wasInterrupted())
                    break;
            } catch (const std::exception &e) { // a file that went bad meanwhile: report, not crash
                close();
                error = QString::fromUtf8(e.what());
                break;
            }
        }
        QMetaObject::invokeMethod(
            m_reader, [reader = m_reader, serial, error] { reader->fail(serial, error); }, Qt::QueuedConnection);
    }

    void open(const QString &path, OpenMode mode, QString *error)
    {
        close();
        std::unique_ptr<Document> opened = Document::open(path, mode, error);
        const std::lock_guard lock(m_running->mutex);
        m_document = std::move(opened);
        m_running->database = m_document ? &m_document->database() : nullptr;
        m_path = path;
        m_mode = mode;
    }

    void close()
    {
        const std::lock_guard lock(m_running->mutex); // not while the GUI thread interrupts it
        m_running->database = nullptr;
        m_document.reset();
        m_path.clear();
    }

private:
    DocumentReader *m_reader;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<DocumentReader::Running> m_running;
    QString m_path;
    OpenMode m_mode = OpenMode::ReadOnly;
    std::unique_ptr<Document> m_document;
};

DocumentReader::DocumentReader(QObject *parent)
    : QObject(parent)
    , m_running(std::make_shared<Running>())
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new DocumentReadWorker(this, m_latest, m_running);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

DocumentReader::~DocumentReader()
{
    m_latest->store(~quint64(0)); // whatever is queued is moot
    interruptRunning();
    m_thread->quit();
    m_thread->wait();
}

void DocumentReader::request(const QString &path, Work work, OpenMode mode)
{
    const quint64 serial = ++*m_latest;
    interruptRunning();
    m_pending = serial;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial, path, mode, work = std::move(work)] { worker->run(serial, path, mode, work); },
        Qt::QueuedConnection);
}

void DocumentReader::cancel()
{
    ++*m_latest;
    interruptRunning();
    m_pending = 0;
    QMetaObject::invokeMethod(m_worker, &DocumentReadWorker::close, Qt::QueuedConnection);
}

// Only a pending read can be running; one that already answered must not be disturbed... and
// cannot be: SQLite ignores an interrupt when no statement runs, and the next request's
// statements start after this call.
void DocumentReader::interruptRunning()
{
    if (m_pending == 0)
        return;
    const std::lock_guard lock(m_running->mutex);
    if (m_running->database)
        m_running->database->interrupt();
}

void DocumentReader::deliver(quint64 serial, const Done &done)
{
    if (serial != m_pending)
        return;
    m_pending = 0;
    if (done)
        done();
}

void DocumentReader::fail(quint64 serial, const QString &error)
{
    if (serial != m_pending)
        return;
    m_pending = 0;
    Q_EMIT failed(error);
}

} // namespace dateline

#include "documentreader.moc"
