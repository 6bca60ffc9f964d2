#pragma once

#include "core/store/searchresults.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace dateline {

class Document;
class SearchWorker;

// The hits of one search text: the listed hits first (finished), then every matching event for
// the marks on the timeline (marksReady), which can take longer for a common word.
struct SearchOutcome {
    quint64 serial = 0;
    QString text;
    SearchResults results;
    double ms = 0;
};

// Runs Document::search off the GUI thread, on a read-only connection of its own to the document's
// file (a Document is not thread-safe); a newer request makes older ones moot (they are skipped or
// their answers dropped). In-memory documents are searched on the GUI thread (they are small).
class SearchRunner : public QObject {
    Q_OBJECT
public:
    // Marks on the timeline are capped here (every hit of a word in most of a million events would
    // cost more to find than it shows).
    static constexpr std::int64_t kMaxMarks = 200000;

    explicit SearchRunner(QObject *parent = nullptr);
    ~SearchRunner() override;

    void setMarkLimit(std::int64_t limit) { m_markLimit = limit; } // kMaxMarks unless a test lowers it
    std::int64_t markLimit() const { return m_markLimit; }

    void setDocument(const Document *document); // null: nothing to search
    void search(const QString &text);           // an empty text clears (finished with no hits)

Q_SIGNALS:
    void finished(const dateline::SearchOutcome &outcome);
    void marksReady(quint64 serial, const std::vector<dateline::SearchMark> &marks);

private:
    const Document *m_document = nullptr;
    std::int64_t m_markLimit = kMaxMarks;
    QThread *m_thread;
    SearchWorker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace dateline

Q_DECLARE_METATYPE(dateline::SearchOutcome)
