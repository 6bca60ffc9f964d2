#include "app/gui/search/searchrunner.h"

#include "core/store/document.h"
#include "core/store/searchquery.h"

#include <QElapsedTimer>
#include <QThread>

namespace dateline {

// Lives in the runner's thread: owns the read-only connection and answers requests in order.
class SearchWorker : public QObject {
    Q_OBJECT
public:
    explicit SearchWorker(std::shared_ptr<std::atomic<quint64>> latest) : m_latest(std::move(latest)) {}

    void run(quint64 serial, const QString &path, const QString &text, std::int64_t markLimit)
    {
        if (serial != m_latest->load())
            return; // typed on since: answer the newest only
        if (path != m_path || !m_document) {
            m_document.reset();
            m_path = path;
            QString error;
            m_document = Document::open(path, OpenMode::ReadOnly, &error);
        }
        SearchOutcome outcome;
        outcome.serial = serial;
        outcome.text = text;
        if (!m_document) {
            outcome.results.error = tr("The document could not be opened for searching.");
            Q_EMIT finished(outcome);
            return;
        }
        QElapsedTimer timer;
        timer.start();
        const SearchQuery query = SearchQuery::parse(text);
        outcome.results = m_document->search(query, 100);
        outcome.ms = double(timer.nsecsElapsed()) / 1e6;
        Q_EMIT finished(outcome);
        if (!query.isValid() || serial != m_latest->load())
            return;
        Q_EMIT marksReady(serial, m_document->searchMarks(query, markLimit));
    }

    void close()
    {
        m_document.reset();
        m_path.clear();
    }

Q_SIGNALS:
    void finished(const dateline::SearchOutcome &outcome);
    void marksReady(quint64 serial, const std::vector<dateline::SearchMark> &marks);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QString m_path;
    std::unique_ptr<Document> m_document;
};

SearchRunner::SearchRunner(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<SearchOutcome>();
    qRegisterMetaType<std::vector<SearchMark>>();
    m_worker = new SearchWorker(m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, [this](const SearchOutcome &outcome) {
        if (outcome.serial == m_latest->load())
            Q_EMIT finished(outcome);
    });
    connect(m_worker, &SearchWorker::marksReady, this, [this](quint64 serial, const std::vector<SearchMark> &marks) {
        if (serial == m_latest->load())
            Q_EMIT marksReady(serial, marks);
    });
    m_thread->start();
}

SearchRunner::~SearchRunner()
{
    m_latest->store(~quint64(0)); // whatever is queued is moot
    m_thread->quit();
    m_thread->wait();
}

void SearchRunner::setDocument(const Document *document)
{
    m_document = document;
    ++*m_latest;
    QMetaObject::invokeMethod(m_worker, &SearchWorker::close, Qt::QueuedConnection);
}

void SearchRunner::search(const QString &text)
{
    const quint64 serial = ++*m_latest;
    if (!m_document || text.trimmed().isEmpty()) {
        SearchOutcome empty;
        empty.serial = serial;
        empty.text = text;
        Q_EMIT finished(empty);
        Q_EMIT marksReady(serial, {});
        return;
    }
    if (m_document->path().isEmpty()) { // in memory: no second connection possible
        QElapsedTimer timer;
        timer.start();
        const SearchQuery query = SearchQuery::parse(text);
        SearchOutcome outcome;
        outcome.serial = serial;
        outcome.text = text;
        outcome.results = m_document->search(query, 100);
        outcome.ms = double(timer.nsecsElapsed()) / 1e6;
        Q_EMIT finished(outcome);
        Q_EMIT marksReady(serial, m_document->searchMarks(query, m_markLimit));
        return;
    }
    const QString path = m_document->path();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial, path, text, limit = m_markLimit] { worker->run(serial, path, text, limit); },
        Qt::QueuedConnection);
}

} // namespace dateline

#include "searchrunner.moc"
