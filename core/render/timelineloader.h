#pragma once

#include "core/index/lanegrouping.h"
#include "core/store/document.h"

#include <QObject>
#include <QString>

#include <memory>

namespace dateline {

class DocumentReader;
class TimeIndex;

// Builds a TimeIndex off the GUI thread: a million events take seconds to index, and the window
// should stay responsive meanwhile. The index is read on a DocumentReader, a connection of its
// own owned by the reader's thread (a Document is not shared between threads); read-write when
// the document is, so that TimeIndex::load can store its snapshot in the file and the next open
// is fast. A newer load or cancel() interrupts the running one and drops its result: the caller
// never waits for it.
class TimelineLoader : public QObject {
    Q_OBJECT
public:
    explicit TimelineLoader(QObject *parent = nullptr);
    ~TimelineLoader() override; // interrupts a running load

    void load(const QString &path, OpenMode mode, LaneGrouping grouping);
    void cancel(); // forget the pending request (interrupted, unseen) and close the connection
    bool isLoading() const;

Q_SIGNALS:
    // The index, or null with a message when the file could not be read.
    void loaded(std::shared_ptr<dateline::TimeIndex> index, const QString &error);

private:
    DocumentReader *m_reader;
};

} // namespace dateline
