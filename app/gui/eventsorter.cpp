#include "app/gui/eventsorter.h"

#include "core/store/document.h"

#include <QThread>

namespace dateline {

// Lives in the sorter's thread: owns the read-only connection and answers requests in order.
class EventSortWorker : public QObject {
    Q_OBJECT
public:
    explicit EventSortWorker(std::shared_ptr<std::atomic<quint64>> latest) : m_latest(std::move(latest)) {}

    void run(quint64 serial, const QString &path, const EventSorter::Work &work)
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
                std::vector<EventId> ids = work(*m_document);
                Q_EMIT sorted(serial, ids);
                return;
            }
        } catch (const std::exception &e) {
            // a file that went bad meanwhile: report it rather than crash
            error = QString::fromUtf8(e.what());
            m_document.reset();
        }
        Q_EMIT failed(serial, error);
    }

    void close()
    {
        m_document.reset();
        m_path.clear();
    }

Q_SIGNALS:
    void sorted(quint64 serial, const std::vector<dateline::EventId> &ids);
    void failed(quint64 serial, const QString &error);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QString m_path;
    std::unique_ptr<Document> m_document;
};

EventSorter::EventSorter(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<std::vector<EventId>>();
    m_worker = new EventSortWorker(m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EventSortWorker::sorted, this, [this](quint64 serial, const std::vector<EventId> &ids) {
        if (serial != m_pending)
            return;
        m_pending = 0;
        Q_EMIT sorted(serial, ids);
    });
    connect(m_worker, &EventSortWorker::failed, this, [this](quint64 serial, const QString &error) {
        if (serial != m_pending)
            return;
        m_pending = 0;
        Q_EMIT failed(serial, error);
    });
    m_thread->start();
}

EventSorter::~EventSorter()
{
    m_latest->store(~quint64(0)); // whatever is queued is moot
    m_thread->quit();
    m_thread->wait();
}

quint64 EventSorter::request(const QString &path, Work work)
{
    const quint64 serial = ++*m_latest;
    m_pending = serial;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial, path, work = std::move(work)] { worker->run(serial, path, work); },
        Qt::QueuedConnection);
    return serial;
}

void EventSorter::cancel()
{
    ++*m_latest;
    m_pending = 0;
    QMetaObject::invokeMethod(m_worker, &EventSortWorker::close, Qt::QueuedConnection);
}

} // namespace dateline

#include "eventsorter.moc"
