#pragma once

#include "core/store/document.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace dateline {

class DocumentReadWorker;

// Reads a document's file off the GUI thread, on a connection of its own (a Document is not
// thread-safe): sorting two million events, listing a million sources or indexing a million
// events for the timeline takes seconds, and the window must keep painting meanwhile. The
// connection belongs to the reader's thread, so what a read reads stays open while it runs,
// whatever the window closes meanwhile. It is read-only unless a request asks for a writable one
// (an index built from scratch stores its snapshot, so that the next open is quick), and stays
// open (its page cache warm) for the next request on the same file. A newer request makes older
// ones moot: they are skipped, or their answers dropped; one that is running is interrupted while
// it is in SQLite (most of its time), so that it makes way sooner. The GUI thread never waits
// for a read but in the destructor, and there only until the read gives way: at once inside
// SQLite, at its end outside it (arranging a built index in memory, up to half a second).
class DocumentReader : public QObject {
    Q_OBJECT
public:
    // What the read hands back: it runs on the GUI thread, unless a newer request came first.
    using Done = std::function<void()>;
    // The read: runs on the worker thread with its own connection; must not touch GUI objects.
    using Work = std::function<Done(const Document &)>;

    explicit DocumentReader(QObject *parent = nullptr);
    ~DocumentReader() override; // interrupts a running read, and waits for it to give way

    // Starts work on the file at path; its Done runs, or failed() is emitted, unless a newer
    // request or cancel() comes first.
    void request(const QString &path, Work work, OpenMode mode = OpenMode::ReadOnly);
    void cancel(); // drops whatever is pending, and closes the connection
    bool isBusy() const { return m_pending != 0; }

Q_SIGNALS:
    void failed(const QString &error); // the file could not be read

private:
    friend class DocumentReadWorker; // answers through these, queued to the GUI thread
    void deliver(quint64 serial, const Done &done);
    void fail(quint64 serial, const QString &error);

    void interruptRunning();

    struct Running; // the worker's connection, for interrupting it from the GUI thread
    std::shared_ptr<Running> m_running;
    QThread *m_thread;
    DocumentReadWorker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_pending = 0;
};

} // namespace dateline
