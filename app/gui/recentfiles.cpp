#include "app/gui/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace dateline {

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
