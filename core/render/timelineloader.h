#pragma once

#include "core/index/lanegrouping.h"
#include "core/store/document.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace dateline {

class TimeIndex;

// Builds a TimeIndex off the GUI thread: a million events take seconds to index, and the window
// should stay responsive meanwhile. The worker opens its own read-only connection to the file
// (a Document is not shared between threads); read-write when the document is, so that
// TimeIndex::load can store its snapshot in the file and the next open is fast. One load at a time: starting another first waits
// for the running one; a result whose request was superseded is dropped.
class TimelineLoader : public QObject {
    Q_OBJECT
public:
    explicit TimelineLoader(QObject *parent = nullptr);
    ~TimelineLoader() override; // waits for a running load

    void load(const QString &path, OpenMode mode, LaneGrouping grouping);
    void cancel(); // forget the pending request (the running load still finishes, unseen)
    bool isLoading() const { return m_pending != 0; }

Q_SIGNALS:
    // The index, or null with a message when the file could not be read.
    void loaded(std::shared_ptr<dateline::TimeIndex> index, const QString &error);

private:
    void wait();

    QThread *m_thread = nullptr;
    quint64 m_generation = 0;
    quint64 m_pending = 0;
};

} // namespace dateline
