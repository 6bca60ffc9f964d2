#include "app/gui/documentcontroller.h"

#include "core/io/sample.h"
#include "core/store/document.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace dateline {

DocumentController::DocumentController(QObject *parent)
    : QObject(parent)
{
}

DocumentController::~DocumentController() = default;

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

QString DocumentController::displayName() const
{
    if (!m_document)
        return {};
    const QString title = m_document->title().trimmed();
    return title.isEmpty() ? QFileInfo(m_document->path()).fileName() : title;
}

bool DocumentController::openDocument(const QString &path)
{
    QString error;
    auto document = Document::open(path, OpenMode::ReadWrite, &error);
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
    setCurrentEvent(EventId());
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
    select(id, SelectionOrigin::User);
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

bool DocumentController::install(std::unique_ptr<Document> document, const QString &path)
{
    setCurrentEvent(EventId());
    m_document = std::move(document);
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
