#include "app/gui/documentreader.h"

#include "core/store/document.h"

#include <QThread>

namespace dateline {

// Lives in the reader's thread: owns the read-only connection and answers requests in order.
class DocumentReadWorker : public QObject {
    Q_OBJECT
public:
    DocumentReadWorker(DocumentReader *reader, std::shared_ptr<std::atomic<quint64>> latest)
        : m_reader(reader), m_latest(std::move(latest))
    {
    }

    void run(quint64 serial, const QString &path, const DocumentReader::Work &work)
    {
        if (serial != m_latest->load())
            return; // superseded while queued
        QString error;
        try {
            if (path != m_path || !m_document) {
                m_document.reset();
                m_path = path;
                m_document = Document::open(path, OpenMode::ReadOnly, &error);
            }
            if (m_document) {
                DocumentReader::Done done = work(*m_document);
                // The reader outlives this thread (its destructor waits), so the call is queued
                // to a live object.
                QMetaObject::invokeMethod(
                    m_reader, [reader = m_reader, serial, done = std::move(done)] { reader->deliver(serial, done); },
                    Qt::QueuedConnection);
                return;
            }
        } catch (const std::exception &e) {
            // a file that went bad meanwhile: report it rather than crash
            error = QString::fromUtf8(e.what());
            m_document.reset();
        }
        QMetaObject::invokeMethod(
            m_reader, [reader = m_reader, serial, error] { reader->fail(serial, error); }, Qt::QueuedConnection);
    }

    void close()
    {
        m_document.reset();
        m_path.clear();
    }

private:
    DocumentReader *m_reader;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QString m_path;
    std::unique_ptr<Document> m_document;
};

DocumentReader::DocumentReader(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new DocumentReadWorker(this, m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

DocumentReader::~DocumentReader()
{
    m_latest->store(~quint64(0)); // whatever is queued is moot
    m_thread->quit();
    m_thread->wait();
}

void DocumentReader::request(const QString &path, Work work)
{
    const quint64 serial = ++*m_latest;
    m_pending = serial;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial, path, work = std::move(work)] { worker->run(serial, path, work); },
        Qt::QueuedConnection);
}

void DocumentReader::cancel()
{
    ++*m_latest;
    m_pending = 0;
    QMetaObject::invokeMethod(m_worker, &DocumentReadWorker::close, Qt::QueuedConnection);
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
