#include "filterbench.h"

#include "core/index/facetindex.h"
#include "core/index/filtermask.h"
#include "core/index/timeindex.h"
#include "core/render/timelinepainter.h"
#include "core/store/bytesource.h"
#include "core/store/document.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>

#include <algorithm>
#include <ctime>
#include <malloc.h>

namespace dateline {

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

QJsonObject measureFilters(const Document &document, const TimeIndex &index, const Scene &scene,
                           const TimelinePainter &painter, const Palette &palette, QImage &image)
{
    QJsonObject out;
    QElapsedTimer t;
    t.start();
    const double buildCpu0 = cpuMs();
    FacetIndex facets = FacetIndex::build(document);
    out.insert(QStringLiteral("facet_build_ms"), msSince(t));
    out.insert(QStringLiteral("facet_build_cpu_ms"), cpuMs() - buildCpu0);
    malloc_trim(0);
    const double n = std::max(1u, facets.eventCount());
    out.insert(QStringLiteral("facet_bytes_per_event"), double(facets.memoryBytes()) / n);
    const QByteArray blob = facets.serialize();
    out.insert(QStringLiteral("facet_snapshot_mb"), double(blob.size()) / 1e6);
    t.restart();
    {
        ByteArraySource source(blob);
        const std::optional<FacetIndex> copy = FacetIndex::deserialize(source);
        out.insert(QStringLiteral("facet_snapshot_load_ms"), copy ? msSince(t) : -1.0);
    }

    // the busiest actor: the first lane of an actor-grouped index
    EventFilter actor, country, quad, range, combined;
    if (index.laneCount() > 0 && index.lane(0).key.startsWith(QLatin1StringView("actor:")))
        actor.actors = {ActorId(index.lane(0).key.mid(6).toLongLong())};
    country.countries = {QStringLiteral("RUS")};
    quad.quadClasses = {cameo::QuadClass::MaterialConflict};
    range.dateRange = FuzzyDate::fromEdtf(QStringLiteral("1914/1918"));
    combined.actors = actor.actors;
    combined.quadClasses = {cameo::QuadClass::VerbalCooperation, cameo::QuadClass::MaterialConflict};
    combined.dateRange = FuzzyDate::fromEdtf(QStringLiteral("1900/2000"));
    const std::pair<const char *, EventFilter> filters[] = {
        {"actor", actor}, {"country", country}, {"quad_class", quad}, {"date_range", range}, {"combined", combined}};

    Viewport vp;
    vp.size = QSizeF(image.width(), image.height());
    vp.scale = TimeScale::fitting(index.earliest(), index.latest(), scene.options.headerWidth, image.width());
    std::vector<double> total, maskMs, indexMs, cpu, maskCpu, indexCpu;
    QJsonObject shown;
    for (int round = 0; round < 5; ++round) {
        for (const auto &[name, filter] : filters) {
            QElapsedTimer f;
            const double cpu0 = cpuMs();
            f.start();
            const FilterMask mask = FilterMask::evaluate(filter, facets, index);
            maskMs.push_back(msSince(f));
            maskCpu.push_back(cpuMs() - cpu0);
            const double beforeIndex = msSince(f), beforeIndexCpu = cpuMs();
            const TimeIndex filtered = index.filtered(mask.ordinals);
            indexMs.push_back(msSince(f) - beforeIndex);
            indexCpu.push_back(cpuMs() - beforeIndexCpu);
            Scene s = scene;
            s.index = &filtered;
            {
                QPainter p(&image);
                painter.render(p, vp, s, palette);
            }
            total.push_back(msSince(f));
            cpu.push_back(cpuMs() - cpu0);
            shown.insert(QLatin1StringView(name), double(mask.shown));
        }
    }
    out.insert(QStringLiteral("filter_ms_p50"), percentile(total, 0.5));
    out.insert(QStringLiteral("filter_ms_p95"), percentile(total, 0.95));
    out.insert(QStringLiteral("filter_ms_max"), percentile(total, 1.0));
    out.insert(QStringLiteral("filter_cpu_ms_p50"), percentile(cpu, 0.5));
    out.insert(QStringLiteral("filter_cpu_ms_p95"), percentile(cpu, 0.95));
    out.insert(QStringLiteral("filter_mask_cpu_ms_p50"), percentile(maskCpu, 0.5));
    out.insert(QStringLiteral("filter_index_cpu_ms_p50"), percentile(indexCpu, 0.5));
    out.insert(QStringLiteral("filter_mask_ms_p50"), percentile(maskMs, 0.5));
    out.insert(QStringLiteral("filter_index_ms_p50"), percentile(indexMs, 0.5));
    out.insert(QStringLiteral("filter_shown_events"), shown);
    return out;
}

} // namespace dateline
