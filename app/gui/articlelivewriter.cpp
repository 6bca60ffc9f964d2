#include "app/gui/articlelivewriter.h"

#include "app/gui/articleimportdialog.h"
#include "app/gui/articleproposaltable.h"
#include "app/gui/documentcontroller.h"
#include "core/edit/editor.h"
#include "core/extract/proposalwriter.h"
#include "core/store/document.h"
#include "core/store/storeerror.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QStringList>

#include <algorithm>

namespace dateline {

ArticleLiveWriter::ArticleLiveWriter(DocumentController *controller, ArticleImportDialog *dialog)
    : m_controller(controller)
    , m_dialog(dialog)
{
    m_later.setSingleShot(true);
    m_later.setInterval(kDelayMs);
    connect(&m_later, &QTimer::timeout, this, [this] {
        if (!m_failed && m_live) // after a refused write, only OK tries again: one message, not one per key
            rewrite();
    });
    connect(dialog, &ArticleImportDialog::keptChanged, &m_later, qOverload<>(&QTimer::start));
    connect(dialog->proposalTable(), &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous)
            showOnTimeline();
    });
    rewrite(); // the dialog opens with proposals kept: they are on the timeline at once
}

bool ArticleLiveWriter::flush()
{
    rewrite();
    return !m_failed && !m_detached;
}

void ArticleLiveWriter::discard()
{
    m_later.stop();
    takeBack();
}

bool ArticleLiveWriter::takeBack()
{
    if (!removeOwnStep())
        return false;
    m_events.clear();
    m_proposals.clear();
    m_writtenKey.clear();
    forgetUndoneStep();
    return true;
}

void ArticleLiveWriter::forgetUndoneStep()
{
    // A review step taken back must not come back through Redo (or sit in the history as undone).
    if (!m_undoneLeft)
        return;
    m_undoneLeft = false;
    try {
        m_controller->document()->dropUndoneJournal();
    } catch (const StoreError &) {
        return; // (a redo left over is harmless)
    }
    m_controller->editor()->notify(DocumentChange{}); // the Edit menu and the history read it again
}

QString ArticleLiveWriter::keptKey() const
{
    const extract::Extraction &x = m_dialog->extraction();
    const extract::ArticleSource source = m_dialog->source();
    QStringList parts{source.title, source.publication, source.author, source.url, source.issued.toEdtf(),
                      QString::number(source.published.year * 10000 + source.published.month * 100 + source.published.day)};
    for (const int row : m_dialog->acceptedRows()) {
        const extract::ProposedEvent &p = x.events[size_t(row)];
        parts << QString::number(row) << p.title << p.date << QString::number(int(p.status));
    }
    return parts.join(QChar(0x1f));
}

bool ArticleLiveWriter::removeOwnStep()
{
    if (m_stepSeq == 0)
        return true;
    // The dialog is modal, so nothing else should have stepped in; if something did, undoing would
    // take back someone else's change: the events written so far stay, as their own step.
    const std::optional<JournalEntry> newest = m_controller->document()->newestJournalEntry(JournalState::Done);
    if (!newest || newest->seq != m_stepSeq) {
        m_stepSeq = 0;
        m_events.clear();
        m_proposals.clear();
        m_detached = true;
        m_controller->reportError(tr("Add Events from Article"),
                                  tr("The timeline was changed while the article was being reviewed. The events added from it "
                                     "so far stay (Edit > Undo takes them back); close the review to go on."));
        return false;
    }
    if (!m_controller->undo()) // (reported)
        return false;
    m_stepSeq = 0;
    m_undoneLeft = true;
    return true;
}

void ArticleLiveWriter::rewrite()
{
    m_later.stop();
    if (m_detached)
        return;
    const QString key = keptKey();
    if (key == m_writtenKey && !m_failed)
        return;
    // In a big document a rewrite takes a while (0.5 s for 72 proposals at a million GDELT events,
    // more under load): the pause that starts the next one grows with it, so that keys pressed in a
    // row still make one.
    QElapsedTimer took;
    took.start();
    const auto pace = qScopeGuard([&] { m_later.setInterval(std::clamp(int(took.elapsed()) * 2, kDelayMs, 4 * kDelayMs)); });
    const bool finishing = !m_live; // (only flush() writes then)
    if (!removeOwnStep()) {
        m_failed = true;
        return;
    }
    m_events.clear();
    m_proposals.clear();
    m_writtenKey = key;
    m_failed = false;
    const std::vector<int> rows = m_dialog->acceptedRows();
    extract::AddedProposals added;
    extract::ArticleSource source = m_dialog->source();
    const QString sourceKey = QStringList{source.url, source.title, source.issued.toEdtf()}.join(QChar(0x1f));
    if (sourceKey == m_sourceKey)
        source.known = m_knownSource; // (looking for it again is a scan of the sources)
    if (!rows.empty()
        && !m_controller->edit([&](Editor &editor) { added = extract::addProposals(editor, m_dialog->extraction(), rows, source); })) {
        m_failed = true; // (the controller said why)
        m_writtenKey.clear();
        m_sourceKey.clear();
    } else if (!rows.empty()) {
        // The next rewrite runs after this step is undone: a source it added will be gone again.
        m_sourceKey = sourceKey;
        m_knownSource = added.sourceReused ? added.source : SourceId();
    }
    m_events = added.events;
    if (!m_events.empty())
        m_undoneLeft = false; // (a new step drops the undone ones)
    else
        forgetUndoneStep();
    if (const auto step = m_controller->document()->newestJournalEntry(JournalState::Done); step && !m_events.empty())
        m_stepSeq = step->seq;
    m_proposals = added.proposals;
    m_dialog->setOwnEvents(m_events);
    showOnTimeline();
    if (!finishing && took.elapsed() > m_slowMs)
        endLiveWriting();
}

void ArticleLiveWriter::endLiveWriting()
{
    // Seconds after each decision would make the review unusable; a timeline showing an old
    // choice would mislead. So the kept events leave it until the review ends.
    m_live = false;
    if (takeBack())
        m_dialog->setOwnEvents({});
    m_dialog->setWritingNote(tr("This timeline is large: the events you keep are added when you finish, not as you go."));
}

void ArticleLiveWriter::showOnTimeline()
{
    if (m_events.empty())
        return;
    // What was kept is selected, and the proposal in hand (else the first kept) is current: the
    // timeline scrolls to it.
    const auto current = std::find(m_proposals.begin(), m_proposals.end(), m_dialog->proposalTable()->currentRow());
    m_controller->setCurrentEvent(current != m_proposals.end() ? m_events[size_t(current - m_proposals.begin())] : m_events.front());
    m_controller->setSelection(m_events); // (keeps the current one)
}

} // namespace dateline
