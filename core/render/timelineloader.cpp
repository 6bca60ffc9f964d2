#include "core/render/timelineloader.h"

#include "core/index/timeindex.h"
#include "core/store/documentreader.h"

namespace dateline {

TimelineLoader::TimelineLoader(QObject *parent)
    : QObject(parent)
    , m_reader(new DocumentReader(this))
{
    connect(m_reader, &DocumentReader::failed, this, [this](const QString &error) { Q_EMIT loaded(nullptr, error); });
}

TimelineLoader::~TimelineLoader() = default;

bool TimelineLoader::isLoading() const
{
    return m_reader->isBusy();
}

void TimelineLoader::cancel()
{
    m_reader->cancel();
}

void TimelineLoader::load(const QString &path, OpenMode mode, LaneGrouping grouping)
{
    m_reader->request(
        path,
        [this, grouping](const Document &own) {
            auto index = std::make_shared<TimeIndex>(TimeIndex::load(own, grouping));
            return [this, index] { Q_EMIT loaded(index, QString()); }; // unless a newer load came first
        },
        mode);
}

} // namespace dateline
