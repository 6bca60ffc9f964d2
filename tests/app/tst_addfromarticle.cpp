// File > Add from Article…: the article dialog (highlights, keyboard accept / reject / edit) and
// adding its kept proposals to the open document as one undoable step that reuses the document's
// actors; the seed article's meeting, interview and planned summit with Lavrov's and Bush's quotes.
#include "app/gui/articleimport.h"
#include "app/gui/articleimportdialog.h"
#include "app/gui/articleproposaltable.h"
#include "app/gui/documentcontroller.h"
#include "core/edit/editor.h"
#include "core/store/document.h"
#include "articlefixture.h"
#include "testdocument.h"

#include <QAction>
#include <QLabel>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

// The format the article view's layout draws a character at position `at` with (its marks).
QTextCharFormat markAt(const QPlainTextEdit *view, int at)
{
    const QTextBlock block = view->document()->findBlock(at);
    for (const QTextLayout::FormatRange &r : block.layout()->formats())
        if (at - block.position() >= r.start && at - block.position() < r.start + r.length)
            return r.format;
    return {};
}

} // namespace

class TestAddFromArticle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { useTestSettings(u"tst_addfromarticle"_s); }
    void addsToOpenDocumentInOneStep();
    void keyboardAcceptRejectEdit();
    void keysEditTheDateAndTitle_data();
    void keysEditTheDateAndTitle();
    void editedDateIsShownWhole();
    void currentProposalSurvivesANewDate();
    void detailsShowTheWholeTitle();
    void rejectedRowStruckOut();
    void titlesGetTheRoom();
    void titlesGetTheRoomWhenAllRepeat();
    void repeatColumnOnlyWithATimeline();
    void escapeAsksBeforeDiscardingReview_data();
    void escapeAsksBeforeDiscardingReview();
    void summaryCounts_data();
    void summaryCounts();
    void decisionsSurviveANewDate();
    void typingTheDateProposesOnce();
    void dateCellTakesDatesOnly_data();
    void dateCellTakesDatesOnly();
    void highlightsDatesQuotesAndEvidence();
    void furnitureDimmedDatesStillMarked();
    void webPageFillsTheSource();
    void fuzzyPublicationDate_data();
    void fuzzyPublicationDate();
    void newTimelineDialogOffersTheOpenOne();
    void actionFollowsTheDocument();
    void readArticleRefusesNoText_data();
    void readArticleRefusesNoText();
    void seedArticle();
};

namespace {

QString seedText()
{
    QFile f(QStringLiteral(DATELINE_SHARED_DATA "/seed/000_2dfa95e0bfc6aa2c.txt"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

void TestAddFromArticle::addsToOpenDocumentInOneStep()
{
    OpenTestDocument f;
    QVERIFY2(f.controller.hasDocument(), qPrintable(f.reported));
    Document &doc = *f.controller.document();
    const qint64 events = doc.info().events, actors = doc.info().actors;
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::AddToTimeline, doc.actors());
    QCOMPARE(dialog.proposalCount(), 2);
    int edited = 0;
    connect(&f.controller, &DocumentController::documentEdited, this, [&] { ++edited; });

    QCOMPARE(addAcceptedProposals(&f.controller, dialog), 2);
    QCOMPARE(edited, 1); // the timeline and table follow one notice
    QCOMPARE(doc.info().events, events + 2);
    QCOMPARE(f.controller.editor()->undoLabel(), u"Add 2 events from article"_s);
    QCOMPARE(f.controller.selection().size(), size_t(2));
    // Lavrov and Rice are the document's own; only Beijing's country and the like may be new.
    const std::vector<Actor> all = doc.actors();
    QCOMPARE(std::count_if(all.begin(), all.end(), [](const Actor &a) { return a.label.contains(u"Lavrov"); }), 1);
    QCOMPARE(std::count_if(all.begin(), all.end(), [](const Actor &a) { return a.label.contains(u"Rice"); }), 1);
    bool quoted = false;
    for (const Quote &q : doc.quotes())
        quoted = quoted || (q.text.contains(u"real progress") && q.speaker == f.ids.lavrov);
    QVERIFY(quoted);

    QVERIFY(f.controller.undo());
    QCOMPARE(doc.info().events, events);
    QCOMPARE(doc.info().actors, actors);
    QCOMPARE(edited, 2);
}

// The titles are what the analyst reads: the widest column, with the repeat column only as wide as
// its header while nothing repeats (it took 150 px of a 630 px table, the titles 135).
void TestAddFromArticle::titlesGetTheRoom()
{
    OpenTestDocument f;
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::AddToTimeline);
    dialog.setExistingEvents(f.controller.document());
    dialog.resize(1200, 760); // its smallest size on a large screen
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const ArticleProposalTable *table = dialog.proposalTable();
    const QHeaderView *header = table->horizontalHeader();
    const int title = table->columnWidth(ArticleProposalTable::Title);
    for (int c = 0; c < table->columnCount(); ++c)
        if (c != ArticleProposalTable::Title)
            QVERIFY2(table->columnWidth(c) < title, qPrintable(table->horizontalHeaderItem(c)->text()));
    QCOMPARE(table->columnWidth(ArticleProposalTable::Similar), header->sectionSizeHint(ArticleProposalTable::Similar));
}

// The repeat note took 260 px of a 700 px table when every proposal repeated an event, and the
// titles were cut to 90 px ("Negotiators fr…").
void TestAddFromArticle::titlesGetTheRoomWhenAllRepeat()
{
    OpenTestDocument f;
    {
        ArticleImportDialog first(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::AddToTimeline);
        QCOMPARE(addAcceptedProposals(&f.controller, first), 2);
    }
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::AddToTimeline);
    dialog.setExistingEvents(f.controller.document());
    dialog.resize(1200, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const ArticleProposalTable *table = dialog.proposalTable();
    QVERIFY(!table->item(0, ArticleProposalTable::Similar)->text().isEmpty()); // repeats
    const int title = table->columnWidth(ArticleProposalTable::Title);
    for (int c = 0; c < table->columnCount(); ++c)
        if (c != ArticleProposalTable::Title)
            QVERIFY2(table->columnWidth(c) < title, qPrintable(table->horizontalHeaderItem(c)->text()));
    QVERIFY2(title >= table->viewport()->width() / 4, qPrintable(QString::number(title))); // 189 of 702 px
    // The details say whole which event it may repeat.
    const QString details = dialog.findChild<QPlainTextEdit *>(u"details"_s)->toPlainText();
    QVERIFY2(details.contains(u"May repeat the timeline's \u201C"_s + dialog.extraction().events[0].title), qPrintable(details));
}

// A new timeline has nothing a proposal could repeat: its "In the timeline?" column was always
// empty and took the titles' room.
void TestAddFromArticle::repeatColumnOnlyWithATimeline()
{
    ArticleImportDialog fresh(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::NewTimeline);
    fresh.resize(1200, 760);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QVERIFY(fresh.proposalTable()->isColumnHidden(ArticleProposalTable::Similar));
    OpenTestDocument f;
    ArticleImportDialog adding(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::AddToTimeline);
    adding.setExistingEvents(f.controller.document());
    adding.resize(1200, 760);
    adding.show();
    QVERIFY(QTest::qWaitForWindowExposed(&adding));
    QVERIFY(!adding.proposalTable()->isColumnHidden(ArticleProposalTable::Similar));
    QVERIFY(fresh.proposalTable()->columnWidth(ArticleProposalTable::Title)
            > adding.proposalTable()->columnWidth(ArticleProposalTable::Title));
}

void TestAddFromArticle::keyboardAcceptRejectEdit()
{
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::AddToTimeline);
    dialog.show();
    ArticleProposalTable *table = dialog.proposalTable();
    table->setFocus();
    QCOMPARE(table->currentRow(), 0);
    QTest::keyClick(table, Qt::Key_R); // reject the first, move on
    QVERIFY(!dialog.isAccepted(0));
    QCOMPARE(table->currentRow(), 1);
    QTest::keyClick(table, Qt::Key_A);
    QVERIFY(dialog.isAccepted(1));
    QCOMPARE(dialog.acceptedRows(), std::vector<int>{1});
    QTest::keyClick(table, Qt::Key_Space); // toggles the current one
    QVERIFY(!dialog.isAccepted(1));
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(dialog.isAccepted(1));
    // Enter accepts the proposal in hand, as A does; it used to close the whole dialog
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(dialog.isAccepted(0));
    QVERIFY(dialog.isVisible());
    QCOMPARE(table->currentRow(), 1);
    QTest::keyClick(table, Qt::Key_R, Qt::NoModifier);
    QTest::keyClick(table, Qt::Key_Return); // (on the last row: accepts it, stays there)
    QVERIFY(dialog.isAccepted(1));
    QVERIFY(dialog.isVisible());

    QTest::keyClick(table, Qt::Key_E); // edit the title
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Rice visits Beijing"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(dialog.extraction().events[1].title, u"Rice visits Beijing"_s);
    QCOMPARE(dialog.content().events.size(), size_t(2));
    QCOMPARE(dialog.content().events.back().title, u"Rice visits Beijing"_s);
    QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier); // finishes
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestAddFromArticle::keysEditTheDateAndTitle_data()
{
    QTest::addColumn<int>("column"); // the current cell's
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("editing"); // what the editor opens with
    QTest::newRow("D") << int(ArticleProposalTable::Keep) << int(Qt::Key_D) << u"2008-04-06"_s;
    QTest::newRow("E") << int(ArticleProposalTable::Keep) << int(Qt::Key_E) << u"Rice will visit Beijing"_s;
    QTest::newRow("F2 after A or R") << int(ArticleProposalTable::Keep) << int(Qt::Key_F2) << u"Rice will visit Beijing"_s;
    QTest::newRow("F2 on the date") << int(ArticleProposalTable::Date) << int(Qt::Key_F2) << u"2008-04-06"_s;
}

// After A or R the current cell is the check box, where F2 edited nothing, and the date had no key;
// the keys are written beside the table, not only in its tooltip.
void TestAddFromArticle::keysEditTheDateAndTitle()
{
    QFETCH(int, column);
    QFETCH(int, key);
    QFETCH(QString, editing);
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::AddToTimeline);
    dialog.show();
    ArticleProposalTable *table = dialog.proposalTable();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A); // on to the planned visit
    QCOMPARE(table->currentRow(), 1);
    table->setCurrentCell(1, column);
    QTest::keyClick(table, Qt::Key(key));
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), editing);
    const QLabel *hint = dialog.findChild<QLabel *>(u"keyHint"_s);
    QVERIFY(hint && hint->isVisible());
}

// A time or a range typed into the date cell was cut short ("6 Apr 2008 10…").
void TestAddFromArticle::editedDateIsShownWhole()
{
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::AddToTimeline);
    dialog.show();
    ArticleProposalTable *table = dialog.proposalTable();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_D);
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"2008-03-17T10:30/2008-03-18T18:00"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!table->findChild<QLineEdit *>());
    QCOMPARE(dialog.extraction().events[0].date, u"2008-03-17T10:30/2008-03-18T18:00"_s);
    const int needed = static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(ArticleProposalTable::Date);
    QVERIFY2(table->columnWidth(ArticleProposalTable::Date) >= needed,
             qPrintable(table->item(0, ArticleProposalTable::Date)->text()));
}

// Proposing again for a new publication date went back to the first proposal.
void TestAddFromArticle::currentProposalSurvivesANewDate()
{
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28));
    dialog.show();
    ArticleProposalTable *table = dialog.proposalTable();
    table->selectRow(1);
    auto *date = dialog.findChild<QLineEdit *>();
    date->setText(u"2008-03-20"_s);
    QTest::keyClick(date, Qt::Key_Return);
    QCOMPARE(dialog.source().published.day, 20); // proposed again
    QCOMPARE(table->currentRow(), 1);
    QVERIFY(table->item(1, ArticleProposalTable::Title)->text().startsWith(u"Rice will visit"));
}

// The details under the proposals said everything but the title, which the table cuts short.
void TestAddFromArticle::detailsShowTheWholeTitle()
{
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28));
    const auto *details = dialog.findChild<QPlainTextEdit *>(u"details"_s);
    QVERIFY(details);
    ArticleProposalTable *table = dialog.proposalTable();
    for (const int row : {1, 0}) {
        table->selectRow(row);
        QCOMPARE(details->toPlainText().section(u'\n', 0, 0), dialog.extraction().events[size_t(row)].title);
    }
    table->item(0, ArticleProposalTable::Title)->setText(u"Lavrov and Rice meet in Moscow"_s); // an edit follows
    QCOMPARE(details->toPlainText().section(u'\n', 0, 0), u"Lavrov and Rice meet in Moscow"_s);
}

// A rejected row was only greyed, which the selection's colours hide: the selected row looked kept.
void TestAddFromArticle::rejectedRowStruckOut()
{
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28));
    dialog.show();
    ArticleProposalTable *table = dialog.proposalTable();
    table->setFocus();
    const auto struck = [&](int row) {
        return table->item(row, ArticleProposalTable::Title)->font().strikeOut()
               && table->item(row, ArticleProposalTable::Date)->font().strikeOut();
    };
    QVERIFY(!struck(0));
    QTest::keyClick(table, Qt::Key_R);
    QVERIFY(struck(0));
    QVERIFY(!struck(1));
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Space); // kept again
    QVERIFY(!struck(0));
}

void TestAddFromArticle::escapeAsksBeforeDiscardingReview_data()
{
    QTest::addColumn<QString>("work"); // what the user did before Esc
    QTest::addColumn<bool>("asks");
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("rejected a proposal") << u"reject"_s << true;
    QTest::newRow("edited a title") << u"title"_s << true;
    QTest::newRow("typed the publication") << u"publication"_s << true;
}

// One Esc threw away every decision and edit; with nothing reviewed it still closes at once.
void TestAddFromArticle::escapeAsksBeforeDiscardingReview()
{
    QFETCH(QString, work);
    QFETCH(bool, asks);
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::AddToTimeline);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ArticleProposalTable *table = dialog.proposalTable();
    table->setFocus();
    if (work == u"reject")
        QTest::keyClick(table, Qt::Key_R);
    if (work == u"title") {
        QTest::keyClick(table, Qt::Key_E);
        auto *editor = table->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClicks(editor, u" again"_s);
        QTest::keyClick(editor, Qt::Key_Return);
    }
    if (work == u"publication") {
        auto *publication = dialog.findChildren<QLineEdit *>().at(2);
        QCOMPARE(publication->placeholderText(), u"e.g. World Politics Review"_s);
        QTest::keyClicks(publication, u"Reuters"_s);
        table->setFocus();
    }
    QTRY_COMPARE(dialog.hasReviewWork(), asks); // (an edited title arrives later)

    // Answers the next question with `answer`; counts the questions asked.
    int asked = 0;
    const auto answerWith = [&](QMessageBox::StandardButton answer) {
        QTimer::singleShot(0, &dialog, [&asked, answer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++asked;
                box->button(answer)->click();
            }
        });
    };
    answerWith(QMessageBox::Cancel);
    QTest::keyClick(table, Qt::Key_Escape);
    QCoreApplication::processEvents();
    QCOMPARE(asked, asks ? 1 : 0);
    QCOMPARE(dialog.isVisible(), asks); // kept when the user cancels
    if (!asks)
        return;
    answerWith(QMessageBox::Discard);
    dialog.close(); // the window's close button asks too
    QCOMPARE(asked, 2);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestAddFromArticle::summaryCounts_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("summary");
    QTest::newRow("one of each") << u"Rice met Lavrov in Moscow on 17 March 2008. \"We will work on it,\" Lavrov said."_s
                                 << u"1 of 1 proposed event kept; 1 temporal expression and 1 quote in the article."_s;
    QTest::newRow("none") << u"Nothing happened."_s
                          << u"0 of 0 proposed events kept; 0 temporal expressions and 0 quotes in the article."_s;
}

// The summary said "1 of 1 proposed event(s) kept; 1 temporal expressions and 1 quotes".
void TestAddFromArticle::summaryCounts()
{
    QFETCH(QString, article);
    QFETCH(QString, summary);
    ArticleImportDialog dialog(article, u"talks.txt"_s, QDate(2008, 3, 28));
    QCOMPARE(dialog.findChild<QLabel *>(u"summary"_s)->text(), summary);
}

void TestAddFromArticle::decisionsSurviveANewDate()
{
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28));
    dialog.show();
    ArticleProposalTable *table = dialog.proposalTable();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_R);
    table->item(1, ArticleProposalTable::Title)->setText(u"Rice in Beijing"_s);
    QCOMPARE(dialog.extraction().events[1].title, u"Rice in Beijing"_s);
    auto *date = dialog.findChild<QLineEdit *>();
    date->setText(u"2008-03-20"_s);
    QTest::keyClick(date, Qt::Key_Return); // proposes again: "April 6" is still ahead, "March 17" behind
    QCOMPARE(dialog.proposalCount(), 2);
    QVERIFY(!dialog.isAccepted(0));
    QVERIFY(dialog.isAccepted(1));
    QCOMPARE(dialog.extraction().events[1].title, u"Rice in Beijing"_s);
    QCOMPARE(dialog.content().events.size(), size_t(1));
    QCOMPARE(dialog.content().events.front().title, u"Rice in Beijing"_s);
}

// Each prefix of a typed date that is a date ("2008", "2008-04") proposed again, which takes a
// moment on a long article, and keys typed meanwhile were lost; Enter accepted the whole dialog.
void TestAddFromArticle::typingTheDateProposesOnce()
{
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *date = dialog.findChild<QLineEdit *>();
    int proposed = 0;
    connect(dialog.articleView(), &QPlainTextEdit::textChanged, this, [&] { ++proposed; });
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, u"2009-04-20"_s);
    QCOMPARE(proposed, 0);
    QTest::keyClick(date, Qt::Key_Return); // now, and the dialog stays open
    QCOMPARE(proposed, 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.source().published.year, 2009);
    date->selectAll();
    QTest::keyClicks(date, u"2008-03-20"_s);
    QCOMPARE(proposed, 1);
    QTRY_COMPARE(proposed, 2); // a pause in typing is enough
    QCOMPARE(dialog.source().published.year, 2008);
    QTest::qWait(700);
    QCOMPARE(proposed, 2);
}

void TestAddFromArticle::dateCellTakesDatesOnly_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day") << u"2008-03-19"_s << u"2008-03-19"_s;
    QTest::newRow("interval") << u"2008-03-17/2008-03-18"_s << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("uncertain") << u"2008-03?"_s << u"2008-03?"_s;
    QTest::newRow("written day") << u"19 March 2008"_s << u"2008-03-19"_s;
    QTest::newRow("written range") << u"17-18 March 2008"_s << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("not a date") << u"next week"_s << u"2008-03-17"_s; // unchanged
}

void TestAddFromArticle::dateCellTakesDatesOnly()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::AddToTimeline);
    dialog.show();
    ArticleProposalTable *table = dialog.proposalTable();
    QCOMPARE(dialog.extraction().events[0].date, u"2008-03-17"_s);
    table->setCurrentCell(0, 1);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"2008-03-17"_s); // the EDTF, not the display text
    editor->selectAll();
    QTest::keyClicks(editor, typed);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!table->findChild<QLineEdit *>()); // the delegate commits and closes queued
    QCOMPARE(dialog.extraction().events[0].date, expected);
}

void TestAddFromArticle::highlightsDatesQuotesAndEvidence()
{
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28));
    const extract::Extraction &x = dialog.extraction();
    const QPlainTextEdit *view = dialog.articleView();
    QCOMPARE(view->toPlainText(), x.text);
    QVERIFY(!x.timexes.empty() && !x.quotes.empty());
    const QColor yellow(255, 236, 153), blue(207, 226, 255);
    for (const extract::Timex &t : x.timexes) // every date, first to last character
        for (const int at : {t.start, t.end - 1})
            QCOMPARE(markAt(view, at).background().color(), yellow);
    for (const extract::QuoteMention &q : x.quotes)
        QCOMPARE(markAt(view, q.start).background().color(), blue);
    QVERIFY(markAt(view, x.timexes.front().start - 1).background().style() == Qt::NoBrush); // and no more
    // The selected proposal's sentence is drawn around the dates and quotes in it, and follows the selection.
    auto evidence = [&] {
        QString text;
        for (const QTextEdit::ExtraSelection &s : view->extraSelections())
            text += s.cursor.selectedText() + u'|';
        return text;
    };
    QCOMPARE(x.text.mid(x.events[0].evidenceStart, 27), u"Foreign Minister Sergey Lav"_s);
    QVERIFY2(evidence().startsWith(u"Foreign Minister Sergey Lavrov met Secretary of State Condoleezza Rice in Moscow on |.|"_s), qPrintable(evidence()));
    dialog.proposalTable()->selectRow(1);
    QVERIFY2(evidence().startsWith(u"Rice will visit"_s), qPrintable(evidence()));
}

void TestAddFromArticle::furnitureDimmedDatesStillMarked()
{
    // A date in a page's footer: dimmed as furniture and marked as a date, both.
    const QString page = u"<html><body><p>Sergey Lavrov met Condoleezza Rice in Moscow on Monday.</p>"
                         u"<footer>Updated on 28 March 2008</footer></body></html>"_s;
    ArticleImportDialog dialog(page, u"saved.html"_s, QDate(2008, 3, 28));
    const extract::Extraction &x = dialog.extraction();
    QCOMPARE(x.furniture.size(), size_t(1));
    const auto footerDate = std::find_if(x.timexes.begin(), x.timexes.end(), [&](const extract::Timex &t) {
        return t.start >= x.furniture.front().start;
    });
    QVERIFY(footerDate != x.timexes.end());
    const QTextCharFormat both = markAt(dialog.articleView(), footerDate->start);
    QCOMPARE(both.background().color(), QColor(255, 236, 153));
    QCOMPARE(both.foreground().color(), dialog.articleView()->palette().color(QPalette::Disabled, QPalette::Text));
    const QTextCharFormat dimmedOnly = markAt(dialog.articleView(), x.furniture.front().start);
    QVERIFY(dimmedOnly.foreground().style() != Qt::NoBrush);
    QVERIFY(dimmedOnly.background().style() == Qt::NoBrush);
}

void TestAddFromArticle::webPageFillsTheSource()
{
    const QString page = u"<!DOCTYPE html><html><head><title>Talks | Gazette</title>"
                         u"<meta property=\"og:title\" content=\"Talks in Moscow\">"
                         u"<meta property=\"og:site_name\" content=\"The Test Gazette\">"
                         u"<meta name=\"author\" content=\"A. Reporter\">"
                         u"<link rel=\"canonical\" href=\"https://example.org/talks\">"
                         u"<meta property=\"article:published_time\" content=\"2008-03-28T08:00:00Z\"></head>"
                         u"<body><p>Foreign Minister Sergey Lavrov met Condoleezza Rice in Moscow on Monday.</p></body></html>"_s;
    ArticleImportDialog dialog(page, u"/tmp/saved.html"_s, QDate(2010, 1, 1)); // the file's date loses to the page's
    const extract::ArticleSource source = dialog.source();
    QCOMPARE(source.title, u"Talks in Moscow"_s);
    QCOMPARE(source.publication, u"The Test Gazette"_s);
    QCOMPARE(source.author, u"A. Reporter"_s);
    QCOMPARE(source.url, u"https://example.org/talks"_s);
    QCOMPARE(source.published.day, 28);
    QCOMPARE(dialog.extraction().events.size(), size_t(1));
    QCOMPARE(dialog.extraction().events.front().date, u"2008-03-24"_s); // Monday before 28 March 2008
    QCOMPARE(dialog.content().sources.front().author, u"A. Reporter"_s);
}

void TestAddFromArticle::fuzzyPublicationDate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("issued");   // what the source keeps
    QTest::addColumn<QString>("meeting");  // "on March 17" then resolves against the first day
    QTest::newRow("day") << u"2008-03-28"_s << u"2008-03-28"_s << u"2008-03-17"_s;
    QTest::newRow("month") << u"2008-03"_s << u"2008-03"_s << u"2008-03-17"_s;
    QTest::newRow("before") << u"[..2008-03-26]"_s << u"[..2008-03-26]"_s << u"2008-03-17"_s;
    QTest::newRow("later month") << u"2008-04"_s << u"2008-04"_s << u"2008-03-17"_s;
    QTest::newRow("written month") << u"March 2008"_s << u"2008-03"_s << u"2008-03-17"_s; // was red, ignored
    QTest::newRow("written day") << u"20 March 2008"_s << u"2008-03-20"_s << u"2008-03-17"_s;
    QTest::newRow("not edtf") << u"late March"_s << u"2008-03-28"_s << u"2008-03-17"_s; // ignored, red
}

void TestAddFromArticle::fuzzyPublicationDate()
{
    QFETCH(QString, typed);
    QFETCH(QString, issued);
    QFETCH(QString, meeting);
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28));
    auto *date = dialog.findChild<QLineEdit *>(); // the first field of the form
    QVERIFY(date);
    QCOMPARE(date->text(), u"2008-03-28"_s);
    date->setText(typed);
    QTest::keyClick(date, Qt::Key_Return);
    QCOMPARE(dialog.source().issued.isValid() ? dialog.source().issued.toEdtf() : u"2008-03-28"_s, issued);
    QCOMPARE(dialog.content().sources.front().issued.toEdtf(), issued);
    QCOMPARE(dialog.extraction().events.front().date, meeting);
    QCOMPARE(date->styleSheet().isEmpty(), typed != u"late March");
    if (typed != issued && typed != u"late March") // a written date: the note says how it was read
        QCOMPARE(dialog.findChild<QLabel *>(u"dateOrigin"_s)->text(), u"read as "_s + issued);
}

void TestAddFromArticle::newTimelineDialogOffersTheOpenOne()
{
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::NewTimeline);
    dialog.show();
    const auto addButton = [&] {
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == u"Add to Open Timeline")
                return b;
        return static_cast<QPushButton *>(nullptr);
    };
    QVERIFY(addButton());
    QVERIFY(!addButton()->isVisible()); // no open timeline to add to
    dialog.setAddToOpenAvailable(true);
    QVERIFY(addButton()->isVisible());
    dialog.setChecked(0, false);
    dialog.setChecked(1, false);
    QVERIFY(!addButton()->isEnabled()); // nothing kept, nothing to add
    dialog.setChecked(1, true);
    QVERIFY(addButton()->isEnabled());
    QTest::mouseClick(addButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), ArticleImportDialog::AddToOpenTimeline);
}

void TestAddFromArticle::actionFollowsTheDocument()
{
    QWidget window;
    DocumentController controller;
    QString reported;
    controller.setErrorReporter([&](const QString &, const QString &message) { reported = message; });
    QAction *action = addFromArticleAction(&window, &controller, [] { return QString(); });
    QVERIFY(!action->isEnabled());
    ArticleImportDialog dialog(kTalksArticle, u"talks.txt"_s, QDate(2008, 3, 28));
    QCOMPARE(addAcceptedProposals(&controller, dialog), 0); // nothing open: said, not crashed
    QVERIFY(!reported.isEmpty());
    QTemporaryDir dir;
    TestDocument::create(dir.filePath(u"t.dateline"_s));
    QVERIFY(controller.openDocument(dir.filePath(u"t.dateline"_s)));
    QVERIFY(action->isEnabled());
    controller.closeDocument();
    QVERIFY(!action->isEnabled());
}

void TestAddFromArticle::readArticleRefusesNoText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error"); // empty: read
    QTest::newRow("empty") << QByteArray() << u"a.txt has no text to read."_s;
    QTest::newRow("blank lines") << QByteArray(" \n\r\n\t\n") << u"a.txt has no text to read."_s;
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12) << u"Cannot read a.txt as an article"_s;
    QTest::newRow("one line") << QByteArray("Rice met Lavrov on March 17.") << QString();
}

// An empty file opened an empty dialog that proposed nothing and said nothing about why.
void TestAddFromArticle::readArticleRefusesNoText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QFile f(dir.filePath(u"a.txt"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QString text, message;
    QCOMPARE(readArticle(f.fileName(), &text, &message), error.isEmpty());
    QVERIFY2(message.startsWith(error), qPrintable(message));
    if (error.isEmpty())
        QCOMPARE(text, QString::fromUtf8(bytes));
}

void TestAddFromArticle::seedArticle()
{
    const QString text = seedText();
    if (text.isEmpty())
        QSKIP("the seed article is not present");
    OpenTestDocument f;
    Document &doc = *f.controller.document();
    ArticleImportDialog dialog(text, u"seed.txt"_s, QDate(2008, 3, 28), ArticleImportDialog::Purpose::AddToTimeline, doc.actors());
    QCOMPARE(dialog.proposalCount(), 3);
    const qint64 before = doc.info().events;
    QCOMPARE(addAcceptedProposals(&f.controller, dialog), 3);
    QCOMPARE(doc.info().events, before + 3);
    std::map<QString, Event> added;
    for (const EventId id : f.controller.selection())
        added[doc.event(id)->date.toEdtf()] = *doc.event(id);
    QVERIFY(added.contains(u"2008-03-17/2008-03-18"_s)); // the 2+2 meeting
    QVERIFY(added.contains(u"2008-03-26"_s));            // the interview
    QVERIFY(added.contains(u"2008-04-06"_s));            // the Sochi summit
    QCOMPARE(added[u"2008-04-06"_s].status, EventStatus::Planned);
    const Event &meeting = added[u"2008-03-17/2008-03-18"_s];
    QVERIFY(meeting.place.isValid());
    QCOMPARE(doc.place(meeting.place)->name, u"Moscow"_s);
    // The document's own Lavrov (spelt Sergey there) and Bush speak the quotes.
    bool lavrov = false, bush = false;
    for (const Quote &q : doc.quotesForEvent(meeting.id)) {
        lavrov = lavrov || (q.speaker == f.ids.lavrov && q.text.startsWith(u"The best way"));
        bush = bush || (q.speaker == f.ids.bush && q.text.contains(u"good relations"));
    }
    QVERIFY(lavrov);
    QVERIFY(bush);
    // The summit is a follow-up of the meeting.
    const std::vector<Relation> relations = doc.relationsOf(added[u"2008-04-06"_s].id);
    QCOMPARE(relations.size(), size_t(1));
    QCOMPARE(relations.front().to, meeting.id);
    QCOMPARE(relations.front().kind, RelationKind::FollowUpOf);
}

QTEST_MAIN(TestAddFromArticle)
#include "tst_addfromarticle.moc"
