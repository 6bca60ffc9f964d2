#include "app/gui/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSettings>

#include <algorithm>

namespace dateline {

namespace {

QStringList folders(const QString &path)
{
    return QFileInfo(path).absolutePath().split(u'/', Qt::SkipEmptyParts);
}

// The last `count` folders of path's directory ("reports/2008").
QString lastFolders(const QString &path, qsizetype count)
{
    const QStringList all = folders(path);
    return all.mid(std::max<qsizetype>(0, all.size() - count)).join(u'/');
}

// The fewest last folders that tell apart paths that share a file name.
qsizetype foldersToTellApart(const QStringList &paths)
{
    qsizetype depth = 0;
    for (const QString &path : paths)
        depth = std::max(depth, folders(path).size());
    for (qsizetype count = 1; count < depth; ++count) {
        QStringList tails;
        for (const QString &path : paths)
            tails << lastFolders(path, count);
        tails.removeDuplicates();
        if (tails.size() == paths.size())
            return count;
    }
    return depth;
}

// Those folders as shown: from the root ("/reports") when they are all of them.
QString shownFolders(const QString &path, qsizetype count)
{
    const QString tail = lastFolders(path, count);
    return QDir::toNativeSeparators(count >= folders(path).size() ? u'/' + tail : tail);
}

} // namespace

QStringList recentFileLabels(const QStringList &paths)
{
    QHash<QString, QStringList> byName; // the paths that share each file name
    for (const QString &path : paths)
        byName[QFileInfo(path).fileName()] << path;
    QStringList labels;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        const QStringList &same = byName.value(name);
        labels << (same.size() < 2 ? name
                                   : QStringLiteral("%1 — %2").arg(name, shownFolders(path, foldersToTellApart(same))));
    }
    return labels;
}

RecentFiles::RecentFiles(const QString &settingsKey)
    : m_key(settingsKey)
{
}

QStringList RecentFiles::files() const
{
    const QStringList stored = QSettings().value(m_key).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing.append(path);
    }
    if (existing.size() > kMaxEntries)
        existing.resize(kMaxEntries);
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    if (list.size() > kMaxEntries)
        list.resize(kMaxEntries);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files) const
{
    QSettings().setValue(m_key, files);
}

} // namespace dateline
