#pragma once

#include <QString>
#include <QStringList>

namespace dateline {

// The File > Open Recent list, most recent first, kept in QSettings. Files that no longer exist
// are pruned whenever the list is read, so the menu never offers a dead entry.
class RecentFiles {
public:
    static constexpr int kMaxEntries = 10;

    explicit RecentFiles(const QString &settingsKey = QStringLiteral("recentFiles"));

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &files) const;

    QString m_key;
};

// The menu's texts for paths: each file's name, and where names repeat, the last folders of the
// path that tell those files apart ("short.dateline — reports/2008"). Not escaped for menus.
QStringList recentFileLabels(const QStringList &paths);

} // namespace dateline
