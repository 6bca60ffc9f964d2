#include "app/gui/timelineviewsettings.h"

#include "app/gui/timelinenavigation.h"
#include "core/index/timeindex.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace dateline::TimelineViewSettings {

namespace {

const QString kOrder = QStringLiteral("order");
const QString kCollapsed = QStringLiteral("collapsed");
const QString kHeaderWidth = QStringLiteral("timeline/headerWidth");

QStringList existingKeys(const QStringList &keys, const TimeIndex &index)
{
    QStringList kept;
    for (const QString &key : keys) {
        if (index.laneOfKey(key) >= 0 && !kept.contains(key))
            kept.append(key);
    }
    return kept;
}

} // namespace

QString laneStateGroup(const QString &documentPath, LaneGrouping grouping)
{
    if (documentPath.isEmpty())
        return {};
    const QFileInfo info(documentPath);
    const QString canonical = info.canonicalFilePath();
    const QString path = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    // A hash: file paths hold characters QSettings keys treat specially ('/', '\\').
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    return QStringLiteral("timelineLanes/%1-%2").arg(QString::fromLatin1(hash), laneGroupingName(grouping));
}

LaneState loadLaneState(const QString &documentPath, LaneGrouping grouping, const TimeIndex &index)
{
    const QString group = laneStateGroup(documentPath, grouping);
    if (group.isEmpty())
        return {};
    QSettings settings;
    settings.beginGroup(group);
    LaneState state;
    state.order = existingKeys(settings.value(kOrder).toStringList(), index);
    const QStringList collapsed = existingKeys(settings.value(kCollapsed).toStringList(), index);
    state.collapsed = QSet<QString>(collapsed.begin(), collapsed.end());
    return state;
}

void saveLaneState(const QString &documentPath, LaneGrouping grouping, const TimeIndex &index,
                   const LaneState &state)
{
    const QString group = laneStateGroup(documentPath, grouping);
    if (group.isEmpty())
        return;
    const QStringList order = TimelineNavigation::compactOrder(index, state.order);
    QStringList collapsed = existingKeys(QStringList(state.collapsed.begin(), state.collapsed.end()), index);
    std::sort(collapsed.begin(), collapsed.end()); // stable output for an unordered set
    QSettings settings;
    if (order.isEmpty() && collapsed.isEmpty()) {
        settings.remove(group);
        return;
    }
    settings.beginGroup(group);
    // An empty list would be written as an invalid value: leave the key out instead.
    const auto store = [&settings](const QString &key, const QStringList &keys) {
        if (keys.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, keys);
    };
    store(kOrder, order);
    store(kCollapsed, collapsed);
}

double headerWidth()
{
    bool ok = false;
    const double width = QSettings().value(kHeaderWidth).toDouble(&ok);
    return ok ? std::clamp(width, kMinHeaderWidth, kMaxHeaderWidth) : LayoutOptions().headerWidth;
}

void saveHeaderWidth(double width)
{
    QSettings().setValue(kHeaderWidth, width);
}

} // namespace dateline::TimelineViewSettings
