#include "app/gui/articleimport.h"

#include "app/gui/articleimportdialog.h"
#include "app/gui/documentcontroller.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/contentwriter.h"
#include "core/store/document.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStringDecoder>

namespace dateline {

bool readArticle(const QString &articlePath, QString *text, QString *errorMessage)
{
    QFile f(articlePath);
    if (!f.open(QIODevice::ReadOnly)) {
        *errorMessage = QObject::tr("Cannot read %1: %2").arg(QFileInfo(articlePath).fileName(), f.errorString());
        return false;
    }
    if (f.size() > 64 * 1024 * 1024) {
        *errorMessage = QObject::tr("%1 is too large for an article (over 64 MB).").arg(QFileInfo(articlePath).fileName());
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    *text = decoder.decode(f.readAll());
    if (decoder.hasError()) {
        *errorMessage = QObject::tr("%1 is not UTF-8 text.").arg(QFileInfo(articlePath).fileName());
        return false;
    }
    return true;
}

void newTimelineFromArticle(QWidget *parent, DocumentController *controller, const QString &startDirectory)
{
    const QString article = QFileDialog::getOpenFileName(parent, QObject::tr("New Timeline from Article"), startDirectory,
                                                         QObject::tr("Articles (*.txt *.html *.htm);;All files (*)"));
    if (article.isEmpty())
        return;
    QString text, error;
    if (!readArticle(article, &text, &error)) {
        controller->reportError(QObject::tr("New from Article"), error);
        return;
    }
    ArticleImportDialog dialog(text, article, QFileInfo(article).lastModified().date(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    NativeJsonContent content = dialog.content();
    QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Save New Timeline"),
                                                QFileInfo(article).absolutePath() + u'/' + QFileInfo(article).completeBaseName()
                                                    + QStringLiteral(".dateline"),
                                                QObject::tr("Dateline documents (*.dateline)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".dateline");
    if (!controller->newDocument(path)) // refuses an existing file and says why
        return;
    // One undoable step, named after the article; views follow through documentEdited.
    controller->edit([&](Editor &editor) {
        commands::importContent(editor, content, IdPolicy::AssignNewIds, QFileInfo(article).fileName());
    });
}

} // namespace dateline
