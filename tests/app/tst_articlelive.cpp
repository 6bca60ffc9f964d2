// Add from Article, live: the open document holds the review's kept proposals while the dialog is
// open (the timeline updates as each is kept), as one step rewritten after each decision; Cancel
// leaves the document as it was, OK leaves one undoable step.
#include "app/gui/articleimportdialog.h"
#include "app/gui/articlelivewriter.h"
#include "app/gui/articleproposaltable.h"
#include "app/gui/documentcontroller.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"
#include "articlefixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

// The open test document, with its counts before the review.
struct Fixture : OpenTestDocument {
    qint64 events = 0, actors = 0, quotes = 0, sources = 0, journal = 0;
    Fixture()
    {
        const DocumentInfo info = controller.document()->info();
        events = info.events;
        actors = info.actors;
        quotes = info.quotes;
        sources = info.sources;
        journal = controller.document()->journalSize();
    }
    Document &doc() { return *controller.document(); }
    std::unique_ptr<ArticleImportDialog> dialog()
    {
        auto d = std::make_unique<ArticleImportDialog>(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28),
                                                       ArticleImportDialog::Purpose::AddToTimeline, doc().actors());
        d->setExistingEvents(&doc());
        return d;
    }
    bool unchanged()
    {
        const DocumentInfo info = doc().info();
        return info.events == events && info.actors == actors && info.quotes == quotes && info.sources == sources;
    }
};

} // namespace

class TestArticleLive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { useTestSettings(u"tst_articlelive"_s); }

    // Kept proposals are in the document while the dialog is open, and follow each decision.
    void keptProposalsAreInTheDocument()
    {
        Fixture f;
        QVERIFY2(f.controller.hasDocument(), qPrintable(f.reported));
        auto dialog = f.dialog();
        QCOMPARE(dialog->proposalCount(), 2);
        ArticleLiveWriter live(&f.controller, dialog.get());
        QCOMPARE(f.doc().info().events, f.events + 2); // both proposals start kept
        QCOMPARE(live.events().size(), size_t(2));
        QCOMPARE(f.controller.selection().size(), size_t(2)); // the timeline selects them

        dialog->setChecked(0, false);
        QVERIFY(live.flush());
        QCOMPARE(f.doc().info().events, f.events + 1);
        QCOMPARE(f.doc().event(live.events().front())->title, dialog->extraction().events[1].title);
        dialog->setChecked(0, true);
        QVERIFY(live.flush());
        QCOMPARE(f.doc().info().events, f.events + 2);
        // still one step, named for what it holds, and the article is one source
        QCOMPARE(f.doc().journalSize(), f.journal + 1);
        QCOMPARE(f.controller.editor()->undoLabel(), u"Add 2 events from article"_s);
        QCOMPARE(f.doc().info().sources, f.sources + 1);
        QVERIFY(f.controller.undo());
        QVERIFY(f.unchanged());
    }

    // A kept proposal's edited title reaches its event; the proposal in hand's event is current.
    void editsReachTheTimeline()
    {
        Fixture f;
        auto dialog = f.dialog();
        ArticleLiveWriter live(&f.controller, dialog.get());
        ArticleProposalTable *table = dialog->proposalTable();
        table->setCurrentCell(1, ArticleProposalTable::Title);
        table->item(1, ArticleProposalTable::Title)->setText(u"Rice to visit Beijing"_s);
        QVERIFY(live.flush());
        QCOMPARE(f.doc().event(f.controller.currentEvent())->title, u"Rice to visit Beijing"_s);
        QCOMPARE(f.doc().journalSize(), f.journal + 1);
        // the timeline follows the proposal in hand
        table->setCurrentCell(0, ArticleProposalTable::Title);
        QCOMPARE(f.doc().event(f.controller.currentEvent())->title, dialog->extraction().events[0].title);
        QCOMPARE(f.controller.selection().size(), size_t(2));
    }

    // An article the timeline already cites stays one source through every rewrite, and stays
    // when the review is cancelled.
    void articleCitedBeforeIsReused()
    {
        Fixture f;
        {
            auto first = f.dialog();
            ArticleLiveWriter live(&f.controller, first.get());
            QVERIFY(live.flush()); // kept: the review ends with OK
        }
        const qint64 sources = f.doc().info().sources;
        QCOMPARE(sources, f.sources + 1);
        auto again = f.dialog();
        ArticleLiveWriter live(&f.controller, again.get());
        for (const bool kept : {false, true, false}) {
            again->setChecked(1, kept);
            QVERIFY(live.flush());
            QCOMPARE(f.doc().info().sources, sources);
        }
        live.discard();
        QCOMPARE(f.doc().info().sources, sources);
        QCOMPARE(f.doc().info().events, f.events + 2);
    }

    // Decisions in a row make one rewrite, a moment after the last (not one per key).
    void rewritesAfterAPause()
    {
        Fixture f;
        auto dialog = f.dialog();
        ArticleLiveWriter live(&f.controller, dialog.get());
        QSignalSpy edits(&f.controller, &DocumentController::documentEdited);
        dialog->setChecked(0, false);
        dialog->setChecked(1, false);
        dialog->setChecked(1, true);
        QCOMPARE(f.doc().info().events, f.events + 2); // not yet
        QTRY_COMPARE(f.doc().info().events, f.events + 1);
        QCOMPARE(edits.size(), 2); // one undo and one write
    }

    // A rewrite that takes too long (a long article into a very big timeline) ends live writing:
    // the kept events leave the timeline, the dialog says why, and they are written at the end.
    void slowTimelineIsWrittenAtTheEnd()
    {
        Fixture f;
        auto dialog = f.dialog();
        ArticleLiveWriter live(&f.controller, dialog.get());
        QVERIFY(live.isLive());
        live.setSlowLimit(-1); // every rewrite is too slow
        dialog->setChecked(0, false);
        QTRY_VERIFY(!live.isLive());
        QVERIFY(f.unchanged());
        QVERIFY(!f.controller.editor()->canRedo());
        const QString summary = dialog->findChild<QLabel *>(u"summary"_s)->text();
        QVERIFY2(summary.contains(u"added when you finish"), qPrintable(summary));
        dialog->setChecked(0, true);
        QTest::qWait(3 * ArticleLiveWriter::kDelayMs);
        QVERIFY(f.unchanged()); // no longer as you go
        QVERIFY(live.flush());
        QCOMPARE(f.doc().info().events, f.events + 2);
        QCOMPARE(f.doc().journalSize(), f.journal + 1);
    }

    // Cancel: the document is as it was, with nothing to undo or redo from the review.
    void discardLeavesTheDocumentAsItWas()
    {
        Fixture f;
        const bool couldUndo = f.controller.editor()->canUndo();
        auto dialog = f.dialog();
        ArticleLiveWriter live(&f.controller, dialog.get());
        QCOMPARE(f.doc().info().events, f.events + 2);
        live.discard();
        QVERIFY(f.unchanged());
        QCOMPARE(f.controller.editor()->canUndo(), couldUndo);
        QVERIFY(!f.controller.editor()->canRedo()); // a cancelled review cannot be redone
        QCOMPARE(f.doc().journalSize(), f.journal);
    }

    // Nothing kept: nothing written, no step.
    void nothingKeptWritesNothing()
    {
        Fixture f;
        auto dialog = f.dialog();
        ArticleLiveWriter live(&f.controller, dialog.get());
        dialog->setChecked(0, false);
        dialog->setChecked(1, false);
        QVERIFY(live.flush());
        QVERIFY(f.unchanged());
        QCOMPARE(f.doc().journalSize(), f.journal); // nor a step to redo
        QVERIFY(!f.controller.editor()->canRedo());
        QVERIFY(live.events().empty());
    }

    // The review's own events are not "repeats" of the proposals that wrote them; the document's
    // own 2+2 meeting still is one.
    void ownEventsAreNotRepeats()
    {
        Fixture f;
        auto dialog = f.dialog();
        ArticleLiveWriter live(&f.controller, dialog.get());
        QCOMPARE(live.events().size(), size_t(2));
        const ArticleProposalTable *table = dialog->proposalTable();
        QVERIFY2(table->item(0, ArticleProposalTable::Similar)->text().contains(u"2+2 meeting"),
                 qPrintable(table->item(0, ArticleProposalTable::Similar)->text()));
        QVERIFY2(table->item(1, ArticleProposalTable::Similar)->text().isEmpty(),
                 qPrintable(table->item(1, ArticleProposalTable::Similar)->text()));
        // nor when proposing again (another publication date) while they are in the document
        auto *date = dialog->findChild<QLineEdit *>();
        date->setText(u"2008-03-20"_s);
        QTest::keyClick(date, Qt::Key_Return);
        QVERIFY2(table->item(1, ArticleProposalTable::Similar)->text().isEmpty(),
                 qPrintable(table->item(1, ArticleProposalTable::Similar)->text()));
        QVERIFY(live.flush());
        QCOMPARE(f.doc().info().events, f.events + 2);
    }

    // A step made by someone else on top of the review's is never undone by it.
    void neverUndoesAnotherStep()
    {
        Fixture f;
        auto dialog = f.dialog();
        ArticleLiveWriter live(&f.controller, dialog.get());
        QVERIFY(f.controller.edit([&](Editor &editor) {
            Event e;
            e.title = u"Unrelated"_s;
            e.date = FuzzyDate::fromEdtf(u"2008-01-01"_s);
            commands::addEvent(editor, e);
        }));
        dialog->setChecked(0, false);
        QVERIFY(!live.flush()); // it cannot take its step back, and says so
        QVERIFY2(f.reported.contains(u"changed while the article was being reviewed"), qPrintable(f.reported));
        QCOMPARE(f.doc().info().events, f.events + 3);
        QVERIFY(!live.flush()); // nor does it write the kept ones again beside them
        live.discard();
        QCOMPARE(f.doc().info().events, f.events + 3);
        QVERIFY2(f.controller.editor()->undoLabel().contains(u"Unrelated"), qPrintable(f.controller.editor()->undoLabel()));
    }

    // OK waits for the last change to be written.
    void okWritesThePendingChange()
    {
        Fixture f;
        auto dialog = f.dialog();
        ArticleLiveWriter live(&f.controller, dialog.get());
        dialog->setAcceptCheck([&live] { return live.flush(); });
        dialog->setChecked(1, false);
        QPushButton *ok = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == u"Add to Timeline"_s)
                ok = b;
        QVERIFY(ok);
        ok->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(f.doc().info().events, f.events + 1);
        QCOMPARE(f.controller.editor()->undoLabel(), u"Add 1 event from article"_s);
    }
};

QTEST_MAIN(TestArticleLive)
#include "tst_articlelive.moc"
