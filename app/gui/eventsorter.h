#pragma once

#include "core/model/ids.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace dateline {

class Document;
class EventSortWorker;

// Computes orders of the events table off the GUI thread, on a read-only connection of its own to
// the document's file (a Document is not thread-safe): sorting two million events takes seconds,
// and the window must keep painting meanwhile. A newer request makes older ones moot: they are
// skipped, or their answers dropped. The connection stays open (and its page cache warm) for the
// next request on the same file.
class EventSorter : public QObject {
    Q_OBJECT
public:
    // What to compute, given the worker's own connection to the file.
    using Work = std::function<std::vector<EventId>(const Document &)>;

    explicit EventSorter(QObject *parent = nullptr);
    ~EventSorter() override;

    // Starts computing work on the file at path; sorted() or failed() follows unless a newer
    // request or cancel() comes first. Returns the request's serial.
    quint64 request(const QString &path, Work work);
    void cancel(); // drops whatever is pending, and closes the connection
    bool isBusy() const { return m_pending != 0; }

Q_SIGNALS:
    void sorted(quint64 serial, const std::vector<dateline::EventId> &ids);
    void failed(quint64 serial, const QString &error); // the file could not be read

private:
    QThread *m_thread;
    EventSortWorker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_pending = 0;
};

} // namespace dateline
