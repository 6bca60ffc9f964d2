#include "app/gui/articleimport.h"

#include "app/gui/articleimportdialog.h"
#include "app/gui/articlelivewriter.h"
#include "app/gui/documentcontroller.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/extract/articlebytes.h"
#include "core/extract/proposalwriter.h"
#include "core/io/contentwriter.h"
#include "core/store/document.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QScreen>

#include <algorithm>

namespace dateline {

namespace {

// Asks for an article and reads it; empty when the user cancelled or it could not be read (reported).
QString chooseArticle(QWidget *parent, DocumentController *controller, const QString &caption, const QString &startDirectory,
                      QString *text, QString *readingNote)
{
    const QString article = QFileDialog::getOpenFileName(parent, caption, startDirectory,
                                                         QObject::tr("Articles (*.txt *.html *.htm);;All files (*)"));
    if (article.isEmpty())
        return {};
    QString error;
    if (!readArticle(article, text, &error, readingNote)) {
        controller->reportError(caption, error);
        return {};
    }
    return article;
}

// Places an Add from Article dialog over the lower part of the main window, so that the timeline
// at its top stays in view and can be seen taking the proposals (on a screen too small for both,
// the dialog keeps its own size).
void leaveTimelineInView(QDialog *dialog, QWidget *parent)
{
    if (!parent || !parent->isVisible())
        return;
    constexpr int kMinimumHeight = 560;
    const QRect window = parent->window()->frameGeometry();
    const QRect screen = parent->screen()->availableGeometry();
    const int top = window.top() + window.height() * 2 / 5;
    const int height = std::min(window.bottom(), screen.bottom()) - top;
    if (height < kMinimumHeight)
        return;
    dialog->setGeometry(QRect(window.left(), top, std::min(window.width(), screen.width()), height));
}

} // namespace

bool readArticle(const QString &articlePath, QString *text, QString *errorMessage, QString *readingNote)
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
    extract::ArticleBytes read = extract::decodeArticle(f.readAll());
    if (!read.error.isEmpty()) {
        *errorMessage = QObject::tr("Cannot read %1 as an article: %2.").arg(QFileInfo(articlePath).fileName(), read.error);
        return false;
    }
    if (read.text.trimmed().isEmpty()) { // an empty dialog said nothing about why
        *errorMessage = QObject::tr("%1 has no text to read.").arg(QFileInfo(articlePath).fileName());
        return false;
    }
    *text = std::move(read.text);
    if (readingNote)
        *readingNote = read.guessed ? QObject::tr("Not UTF-8: read as %1.").arg(read.encoding) : QString();
    return true;
}

int addAcceptedProposals(DocumentController *controller, const ArticleImportDialog &dialog)
{
    if (!controller->hasDocument() || controller->isReadOnly()) {
        controller->reportError(QObject::tr("Add from Article"), controller->hasDocument() ? controller->readOnlyReason()
                                                                                            : QObject::tr("No timeline is open."));
        return 0;
    }
    extract::AddedProposals added;
    controller->edit([&](Editor &editor) { added = extract::addProposals(editor, dialog.extraction(), dialog.acceptedRows(), dialog.source()); });
    if (!added.events.empty())
        controller->setSelection(added.events); // the new events are what the user looks at next
    return int(added.events.size());
}

void addArticleToTimeline(QWidget *parent, DocumentController *controller, const QString &startDirectory)
{
    const QString caption = QObject::tr("Add Events from Article");
    if (!controller->hasDocument() || controller->isReadOnly()) {
        controller->reportError(caption, controller->hasDocument() ? controller->readOnlyReason() : QObject::tr("No timeline is open."));
        return;
    }
    QString text, note;
    const QString article = chooseArticle(parent, controller, caption, startDirectory, &text, &note);
    if (article.isEmpty())
        return;
    ArticleImportDialog dialog(text, article, QFileInfo(article).lastModified().date(), ArticleImportDialog::Purpose::AddToTimeline,
                               controller->document()->actors(), parent);
    dialog.setReadingNote(note);
    dialog.setExistingEvents(controller->document());
    leaveTimelineInView(&dialog, parent);
    ArticleLiveWriter live(controller, &dialog); // the timeline shows the kept proposals as they are kept
    dialog.setAcceptCheck([&live] { return live.flush(); });
    if (dialog.exec() != QDialog::Accepted)
        live.discard();
}

QAction *addFromArticleAction(QWidget *parent, DocumentController *controller, std::function<QString()> startDirectory)
{
    auto *action = new QAction(QObject::tr("Add &from Article…"), parent);
    action->setStatusTip(QObject::tr("Propose events from a news article and add the ones you keep to this timeline"));
    QObject::connect(action, &QAction::triggered, parent, [parent, controller, startDirectory = std::move(startDirectory)] {
        addArticleToTimeline(parent, controller, startDirectory());
    });
    auto update = [action, controller] { action->setEnabled(controller->hasDocument() && !controller->isReadOnly()); };
    QObject::connect(controller, &DocumentController::documentChanged, action, update);
    update();
    return action;
}

void newTimelineFromArticle(QWidget *parent, DocumentController *controller, const QString &startDirectory)
{
    QString text, note;
    const QString article = chooseArticle(parent, controller, QObject::tr("New Timeline from Article"), startDirectory, &text, &note);
    if (article.isEmpty())
        return;
    ArticleImportDialog dialog(text, article, QFileInfo(article).lastModified().date(), ArticleImportDialog::Purpose::NewTimeline,
                               {}, parent);
    dialog.setReadingNote(note);
    dialog.setAddToOpenAvailable(controller->hasDocument() && !controller->isReadOnly());
    const int result = dialog.exec();
    if (result == ArticleImportDialog::AddToOpenTimeline) {
        addAcceptedProposals(controller, dialog);
        return;
    }
    if (result != QDialog::Accepted)
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
