#include "core/render/timelineloader.h"

#include "core/index/timeindex.h"
#include "core/store/document.h"

#include <QPointer>
#include <QThread>

namespace dateline {

TimelineLoader::TimelineLoader(QObject *parent)
    : QObject(parent)
{
}

TimelineLoader::~TimelineLoader()
{
    m_pending = 0;
    wait();
}

void TimelineLoader::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void TimelineLoader::cancel()
{
    m_pending = 0;
}

void TimelineLoader::load(const QString &path, OpenMode mode, LaneGrouping grouping)
{
    wait();
    const quint64 generation = ++m_generation;
    m_pending = generation;
    QPointer<TimelineLoader> self(this);
    m_thread = QThread::create([self, path, mode, grouping, generation] {
        QString error;
        std::shared_ptr<TimeIndex> index;
        if (std::unique_ptr<Document> document = Document::open(path, mode, &error))
            index = std::make_shared<TimeIndex>(TimeIndex::load(*document, grouping));
        // The destructor waits for this thread, so `self` is alive here; the queued call is
        // dropped if the loader is gone by the time the event loop delivers it.
        QMetaObject::invokeMethod(
            self.data(),
            [self, index, error, generation] {
                if (!self || self->m_pending != generation)
                    return;
                self->m_pending = 0;
                Q_EMIT self->loaded(index, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace dateline
