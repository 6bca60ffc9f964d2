#include "app/gui/userguide.h"

#include "app/gui/plainmessage.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

namespace dateline {

namespace {

constexpr QLatin1StringView kGuide("docs/app.md");

} // namespace

QStringList UserGuide::candidates()
{
    // DATELINE_DOC_FROM_BIN: the documentation folder relative to the installed executable's
    const QDir installed(QCoreApplication::applicationDirPath() + u'/' + QStringLiteral(DATELINE_DOC_FROM_BIN));
    return {QDir::cleanPath(installed.filePath(kGuide)),
            QDir(QStringLiteral(DATELINE_SOURCE_DIR)).filePath(kGuide)};
}

QString UserGuide::path(const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

void UserGuide::open(QWidget *parent)
{
    const QString guide = path();
    if (!guide.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(guide)))
        return;
    const auto tr = [](const char *text) { return QCoreApplication::translate("UserGuide", text); };
    const QString text = guide.isEmpty()
        ? tr("The user guide was not found. It is installed with the app as %1, and is docs/app.md in "
             "Dateline's source.").arg(QDir::toNativeSeparators(candidates().constFirst()))
        : tr("No program could open the user guide, %1. It is a text file (Markdown): any text editor "
             "shows it.").arg(QDir::toNativeSeparators(guide));
    showPlainMessage(parent, QMessageBox::Information, tr("User Guide"), text);
}

} // namespace dateline
