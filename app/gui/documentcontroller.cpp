#include "app/gui/documentcontroller.h"

#include "app/gui/waitcursor.h"
#include "core/edit/editor.h"
#include "core/io/sample.h"
#include "core/store/document.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace dateline {

DocumentController::DocumentController(QObject *parent)
    : QObject(parent)
{
}

DocumentController::~DocumentController()
{
    if (m_document)
        Q_EMIT documentAboutToClose();
}

void DocumentController::setErrorReporter(ErrorReporter reporter)
{
    m_reporter = std::move(reporter);
}

Document *DocumentController::document() const
{
    return m_document.get();
}

bool DocumentController::hasDocument() const
{
    return m_document != nullptr;
}

Editor *DocumentController::editor() const
{
    return m_editor.get();
}

bool DocumentController::isReadOnly() const
{
    return !m_document || m_document->isReadOnly();
}

QString DocumentController::readOnlyReason() const
{
    if (!m_document || !m_document->isReadOnly())
        return {};
    return tr("Read-only: this file cannot be written here, so it cannot be edited. "
              "Use File > Save a Copy… to edit a copy.");
}

bool DocumentController::guarded(const QString &what, const std::function<void()> &action)
{
    try {
        action();
        return true;
    } catch (const StoreError &error) {
        // The step rolled back: the document is as it was (messages about the disk, the folder or
        // a lock say so already).
        const QString message = QString::fromUtf8(error.what());
        ++m_failedEdits;
        report(what, message.startsWith(u"Nothing was changed") ? message
                                                                : tr("%1\n\nNothing was changed.").arg(message));
        return false;
    }
}

bool DocumentController::edit(const std::function<void(Editor &)> &change)
{
    if (!m_editor)
        return false;
    return guarded(tr("Cannot change the document"), [&] { change(*m_editor); });
}

bool DocumentController::undo()
{
    const WaitCursor busy; // undoing a delete of 100,000 events takes seconds
    return m_editor && guarded(tr("Cannot undo"), [&] { m_editor->undo(); });
}

bool DocumentController::redo()
{
    const WaitCursor busy;
    return m_editor && guarded(tr("Cannot redo"), [&] { m_editor->redo(); });
}

QString DocumentController::displayName() const
{
    if (!m_document)
        return {};
    const QString title = m_document->title().trimmed();
    return title.isEmpty() ? QFileInfo(m_document->path()).fileName() : title;
}

bool DocumentController::openDocument(const QString &path, OpenMode mode)
{
    QString error;
    auto document = Document::open(path, mode, &error);
    if (!document) {
        report(tr("Cannot open document"),
               tr("Could not open “%1”.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return install(std::move(document), path);
}

bool DocumentController::newDocument(const QString &path)
{
    QString error;
    auto document = Document::create(path, &error);
    if (!document) {
        report(tr("Cannot create document"),
               tr("Could not create “%1”.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return install(std::move(document), path);
}

QString DocumentController::samplePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/sample.dateline");
}

bool DocumentController::openSample()
{
    const QString path = samplePath();
    if (QFileInfo::exists(path))
        return openDocument(path);

    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    auto document = createSampleDocument(path, &error);
    if (!document) {
        report(tr("Cannot create the sample"),
               tr("Could not write the sample timeline to “%1”.\n\n%2")
                   .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return install(std::move(document), path);
}

void DocumentController::closeDocument()
{
    if (!m_document)
        return;
    Q_EMIT documentAboutToClose();
    setCurrentEvent(EventId());
    m_editor.reset();
    m_document.reset();
    Q_EMIT documentClosed();
    Q_EMIT documentChanged();
}

RecentFiles &DocumentController::recentFiles()
{
    return m_recent;
}

EventId DocumentController::currentEvent() const
{
    return m_current;
}

void DocumentController::setCurrentEvent(EventId id)
{
    const std::vector<EventId> only = id.isValid() ? std::vector<EventId>{id} : std::vector<EventId>{};
    if (m_selection != only) {
        m_selection = only;
        Q_EMIT selectionChanged();
    }
    select(id, SelectionOrigin::User);
}

void DocumentController::setSelection(const std::vector<EventId> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    Q_EMIT selectionChanged();
    const bool currentKept = std::find(ids.begin(), ids.end(), m_current) != ids.end();
    if (!currentKept)
        select(ids.empty() ? EventId() : ids.front(), SelectionOrigin::User);
}

void DocumentController::setAutomaticCurrentEvent(EventId id)
{
    select(id, SelectionOrigin::Automatic);
}

void DocumentController::select(EventId id, SelectionOrigin origin)
{
    if (id == m_current)
        return;
    m_current = id;
    m_origin = origin;
    Q_EMIT currentEventChanged(id);
    m_origin = SelectionOrigin::User; // only the views notified now see it as automatic
}

void DocumentController::notifyDocumentEdited()
{
    Q_EMIT documentChanged();
    if (m_current.isValid() && m_document && !m_document->event(m_current))
        setCurrentEvent(EventId());
}

void DocumentController::changed(const DocumentChange &change)
{
    // Removed events leave the selection before anyone draws it.
    if (!change.eventsRemoved.empty()) {
        // sorted once: a selection of ten thousand deleted was a search of each in the others
        std::vector<EventId> removed = change.eventsRemoved;
        std::sort(removed.begin(), removed.end());
        const auto isRemoved = [&removed](EventId id) { return std::binary_search(removed.begin(), removed.end(), id); };
        std::vector<EventId> kept;
        for (EventId id : m_selection) {
            if (!isRemoved(id))
                kept.push_back(id);
        }
        if (kept != m_selection) {
            m_selection = kept;
            Q_EMIT selectionChanged();
        }
        if (isRemoved(m_current))
            select(kept.empty() ? EventId() : kept.front(), SelectionOrigin::User);
    }
    Q_EMIT documentEdited(change);
}

bool DocumentController::install(std::unique_ptr<Document> document, const QString &path)
{
    if (m_document)
        Q_EMIT documentAboutToClose();
    setCurrentEvent(EventId());
    m_editor.reset();
    // The views keep the document they show until documentChanged moves them on, and slots of
    // documentOpened may reach them first (a cleared filter re-filters the table from it): the
    // replaced document closes only after both signals.
    const std::unique_ptr<Document> replaced = std::exchange(m_document, std::move(document));
    m_editor = std::make_unique<Editor>(*m_document);
    m_editor->addListener([this](const DocumentChange &change) { changed(change); });
    m_recent.add(path);
    Q_EMIT documentOpened(path);
    Q_EMIT documentChanged();
    return true;
}

void DocumentController::report(const QString &title, const QString &message) const
{
    if (m_reporter)
        m_reporter(title, message);
    else
        qWarning("%s: %s", qPrintable(title), qPrintable(message));
}

} // namespace dateline
