// The Inspector dock: edits go through the command layer as undo steps, typing survives
// unrelated changes, inline creation of actors, quotes (new, paste, attach, detach, delete),
// relations, bulk edits of a selection, and read-only documents.
#include "app/gui/countrycodes.h"
#include "app/gui/documentcontroller.h"
#include "app/gui/inspector/actorcreator.h"
#include "app/gui/inspector/actorlist.h"
#include "app/gui/inspector/bulkeditpanel.h"
#include "app/gui/inspector/datefield.h"
#include "app/gui/inspector/entitypicker.h"
#include "app/gui/inspector/eventform.h"
#include "app/gui/inspector/inspectordock.h"
#include "app/gui/inspector/quoteeditor.h"
#include "app/gui/inspector/quotelist.h"
#include "app/gui/inspector/relationlist.h"
#include "app/gui/inspector/sourcecreator.h"
#include "app/gui/mainwindow.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include <sqlite3.h>
#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestInspector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void followsTheCurrentEvent();
    void editingTheTitleIsOneUndoStep();
    void escapeRevertsAField();
    void invalidDateIsNeverCommitted();
    void typingSurvivesAnUnrelatedChange();
    void selectionChangeCommitsPendingTyping();
    void selectionChangeThatCannotSaveSaysSoOnce();
    void inlineActorCreation();
    void newActorCountryByName_data();
    void newActorCountryByName();
    void enterInACountryOrLocatorPressesTheFormsButton();
    void placeCreatedFromItsName();
    void undoingANewPlaceShowsThePreviousOne();
    void newQuoteFromClipboard();
    void newSpeakerIsCreatedNotDropped();
    void attachDetachAndDeleteQuotes();
    void relationsAddAndRemove();
    void bulkTagOnMultiSelection();
    void bulkEditWithinTheStepLimit_data();
    void bulkEditWithinTheStepLimit();
    void readOnlyShowsNoEditableField();
    void untrustedTextIsPlain();
    void mainWindowHasTheDockAndItsActions();
    void undoKeyInASavedFieldUndoesTheDocument();
    void wheelEditsOnlyTheFocusedField();
    void closingKeepsTypingThatCannotBeSaved();

private:
    Document &doc() const { return *m_controller->document(); }
    QLineEdit *field(const QString &name) const;
    void type(QLineEdit *edit, const QString &text, Qt::Key finish = Qt::Key_Return);
    static void click(QAbstractButton *button);

    QTemporaryDir m_dir;
    QString m_fixture;
    TestDocument m_ids;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<InspectorDock> m_dock;
    QStringList m_errors;
};

void TestInspector::initTestCase()
{
    useTestSettings(u"tst_inspector"_s);
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(u"fixture.dateline"_s);
    m_ids = TestDocument::create(m_fixture);
    m_ids.document.reset();
}

void TestInspector::init()
{
    // Each test edits its own copy.
    const QString path = m_dir.filePath(u"%1.dateline"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    m_errors.clear();
    m_controller = std::make_unique<DocumentController>();
    m_controller->setErrorReporter([this](const QString &t, const QString &m) { m_errors << t + u": "_s + m; });
    m_dock = std::make_unique<InspectorDock>(m_controller.get());
    m_dock->resize(420, 900);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    QVERIFY(m_controller->openDocument(path));
    m_controller->setCurrentEvent(m_ids.meeting);
}

void TestInspector::cleanup()
{
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    m_dock.reset();
    m_controller.reset();
}

QLineEdit *TestInspector::field(const QString &name) const
{
    auto *edit = m_dock->findChild<QLineEdit *>(name);
    if (!edit)
        qFatal("no field %s", qPrintable(name));
    return edit;
}

void TestInspector::type(QLineEdit *edit, const QString &text, Qt::Key finish)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    if (finish != Qt::Key_unknown)
        QTest::keyClick(edit, finish);
}

// Clicks as a user would: after the layout has given the button its place.
void TestInspector::click(QAbstractButton *button)
{
    QVERIFY(button);
    QCoreApplication::sendPostedEvents(); // pending layout requests
    QVERIFY(button->isVisible() && !button->rect().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestInspector::followsTheCurrentEvent()
{
    QCOMPARE(m_dock->page(), InspectorDock::Page::Event);
    QCOMPARE(field(u"title"_s)->text(), u"2+2 meeting in Moscow"_s);
    QCOMPARE(m_dock->findChild<DateField *>(u"date"_s)->feedbackText(), u"17–18 Mar 2008 (2 days)"_s);
    QCOMPARE(m_dock->findChild<QLabel *>(u"cameoFeedback"_s)->text(), u"Consult (root 04), verbal cooperation"_s);
    m_controller->setCurrentEvent(m_ids.summit);
    QCOMPARE(field(u"title"_s)->text(), u"Sochi summit"_s);
    QCOMPARE(m_dock->findChild<QComboBox *>(u"status"_s)->currentText(), u"planned"_s);
    QCOMPARE(m_dock->relationList()->list()->item(0)->text(), u"follow-up of “2+2 meeting in Moscow”"_s);
    m_controller->setCurrentEvent(EventId());
    QCOMPARE(m_dock->page(), InspectorDock::Page::Empty);
}

void TestInspector::editingTheTitleIsOneUndoStep()
{
    const qint64 steps = doc().journalSize();
    QLineEdit *title = field(u"title"_s);
    type(title, u"2+2 talks"_s, Qt::Key_unknown);
    QCOMPARE(doc().event(m_ids.meeting)->title, u"2+2 meeting in Moscow"_s); // not per keystroke
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(doc().event(m_ids.meeting)->title, u"2+2 talks"_s);
    type(title, u"2+2 talks in Moscow"_s);
    QCOMPARE(doc().event(m_ids.meeting)->title, u"2+2 talks in Moscow"_s);
    QCOMPARE(doc().journalSize(), steps + 1); // consecutive edits of one field merge
    QVERIFY(m_controller->editor()->undoLabel().startsWith(u"Rename “2+2 talks"_s));

    QVERIFY(m_controller->undo());
    QCOMPARE(doc().event(m_ids.meeting)->title, u"2+2 meeting in Moscow"_s);
    QCOMPARE(title->text(), u"2+2 meeting in Moscow"_s);
    QVERIFY(m_controller->redo());
    QCOMPARE(title->text(), u"2+2 talks in Moscow"_s);
}

void TestInspector::escapeRevertsAField()
{
    const qint64 steps = doc().journalSize();
    QLineEdit *tags = field(u"tags"_s);
    type(tags, u"something else"_s, Qt::Key_Escape);
    QCOMPARE(tags->text(), u"missile defence"_s);
    m_controller->setCurrentEvent(m_ids.summit); // nothing left to commit
    QCOMPARE(doc().journalSize(), steps);
    auto *description = m_dock->findChild<QPlainTextEdit *>(u"description"_s);
    description->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(description, u" More."_s);
    QTest::keyClick(description, Qt::Key_Escape);
    QCOMPARE(description->toPlainText(), u"Described in our own words."_s);
    m_controller->setCurrentEvent(m_ids.meeting);
    QCOMPARE(doc().journalSize(), steps);
}

void TestInspector::invalidDateIsNeverCommitted()
{
    const FuzzyDate before = doc().event(m_ids.meeting)->date;
    const qint64 steps = doc().journalSize();
    auto *date = m_dock->findChild<DateField *>(u"date"_s);
    type(date->lineEdit(), u"2008-02-30"_s);
    QVERIFY(date->showsError());
    m_controller->setCurrentEvent(m_ids.summit); // leaving does not commit it either
    QCOMPARE(doc().event(m_ids.meeting)->date, before);
    QCOMPARE(doc().journalSize(), steps);

    m_controller->setCurrentEvent(m_ids.meeting);
    type(date->lineEdit(), u"2008-03-18"_s);
    QCOMPARE(doc().event(m_ids.meeting)->date, FuzzyDate::fromEdtf(u"2008-03-18"_s));
    QCOMPARE(doc().journalSize(), steps + 1);
}

void TestInspector::typingSurvivesAnUnrelatedChange()
{
    QLineEdit *title = field(u"title"_s);
    type(title, u"Half-typed"_s, Qt::Key_unknown);
    // Another view changes the same event's importance, then another event entirely.
    std::optional<Event> e = doc().event(m_ids.meeting);
    e->importance = 90;
    QVERIFY(m_controller->edit([&](Editor &editor) { commands::updateEvent(editor, *e); }));
    std::optional<Event> other = doc().event(m_ids.summit);
    other->title = u"Sochi"_s;
    QVERIFY(m_controller->edit([&](Editor &editor) { commands::updateEvent(editor, *other); }));
    QCOMPARE(title->text(), u"Half-typed"_s);
    QCOMPARE(m_dock->findChild<QSpinBox *>(u"importance"_s)->value(), 90);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(doc().event(m_ids.meeting)->title, u"Half-typed"_s);
    QCOMPARE(doc().event(m_ids.meeting)->importance, 90); // the commit kept the other change
}

void TestInspector::selectionChangeCommitsPendingTyping()
{
    type(field(u"tags"_s), u"arms control, missile defence, arms control"_s, Qt::Key_unknown);
    m_controller->setCurrentEvent(m_ids.summit);
    QCOMPARE(doc().event(m_ids.meeting)->tags, (QStringList{u"arms control"_s, u"missile defence"_s}));
    QCOMPARE(field(u"tags"_s)->text(), u"missile defence"_s); // the summit's
}

// Typing that cannot be saved when another event is selected (a lock another program holds; a
// full disk alike) is reported once, not once by the dock and again by the form it loads.
void TestInspector::selectionChangeThatCannotSaveSaysSoOnce()
{
    type(field(u"tags"_s), u"arms control"_s, Qt::Key_unknown);
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(m_controller->document()->path().toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    m_controller->setCurrentEvent(m_ids.summit);
    QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    QCOMPARE(m_errors.size(), 1);
    m_errors.clear();
    QVERIFY(!doc().event(m_ids.meeting)->tags.contains(u"arms control"_s));
    QCOMPARE(field(u"tags"_s)->text(), u"missile defence"_s); // the summit's
}

void TestInspector::inlineActorCreation()
{
    const qint64 steps = doc().journalSize();
    const std::size_t actors = doc().actors().size();
    ActorList *list = m_dock->actorList();
    list->roleBox()->setCurrentIndex(list->roleBox()->findData(int(ActorRole::Participant)));
    type(list->picker(), u"Robert Gates"_s);
    ActorCreator *creator = list->creator();
    QVERIFY(creator->isVisible());
    QCOMPARE(creator->labelEdit()->text(), u"Robert Gates"_s);
    creator->kindBox()->setCurrentIndex(creator->kindBox()->findData(int(ActorKind::Person)));
    const int usa = creator->countryBox()->findData(u"USA"_s);
    if (usa < 0)
        QSKIP("iso-codes is not installed");
    creator->countryBox()->setCurrentIndex(usa);
    click(creator->findChild<QPushButton *>(u"createActor"_s));

    QCOMPARE(doc().actors().size(), actors + 1);
    const Actor gates = doc().actors().back();
    QCOMPARE(gates.label, u"Robert Gates"_s);
    QCOMPARE(gates.kind, ActorKind::Person);
    QCOMPARE(gates.country, u"USA"_s);
    const std::vector<ActorLink> links = doc().event(m_ids.meeting)->actors;
    QCOMPARE(links.back(), (ActorLink{gates.id, ActorRole::Participant}));
    QCOMPARE(doc().journalSize(), steps + 1);
    QVERIFY(!creator->isVisible());

    // An existing actor is picked, not created.
    type(list->picker(), u"george w. bush"_s);
    QVERIFY(!creator->isVisible());
    QCOMPARE(doc().event(m_ids.meeting)->actors.back().actor, m_ids.bush);

    QVERIFY(m_controller->undo());
    QVERIFY(m_controller->undo());
    QCOMPARE(doc().actors().size(), actors);
    QCOMPARE(doc().event(m_ids.meeting)->actors.size(), links.size() - 1);
}

void TestInspector::newActorCountryByName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code"); // empty: refused, with a message
    QTest::newRow("name") << u"United States"_s << u"USA"_s;
    QTest::newRow("name, lower case") << u"germany"_s << u"DEU"_s;
    QTest::newRow("alpha-2") << u"de"_s << u"DEU"_s;
    QTest::newRow("alpha-3, lower case") << u"rus"_s << u"RUS"_s;
    QTest::newRow("an item in other case") << u"germany (deu)"_s << u"DEU"_s;
    QTest::newRow("no country") << u"Narnia"_s << QString();
}

// The country was dropped without a word unless it was an item's text or an alpha-3 code.
void TestInspector::newActorCountryByName()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    ActorList *list = m_dock->actorList();
    type(list->picker(), u"Robert Gates"_s);
    ActorCreator *creator = list->creator();
    if (creator->countryBox()->findData(u"USA"_s) < 0)
        QSKIP("iso-codes is not installed");
    const std::size_t actors = doc().actors().size();
    creator->countryBox()->setEditText(typed);
    click(creator->findChild<QPushButton *>(u"createActor"_s));
    auto *problem = creator->findChild<QLabel *>(u"actorCountryProblem"_s);
    if (code.isEmpty()) {
        QCOMPARE(doc().actors().size(), actors);
        QVERIFY(creator->isVisible());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"“Narnia”"_s), qPrintable(problem->text()));
        return;
    }
    QVERIFY(!creator->isVisible());
    QCOMPARE(doc().actors().size(), actors + 1);
    QCOMPARE(doc().actors().back().country, code);
}

// "Create Actor" and "Save Quote" look like default buttons, but a dock has none: Enter in the
// Country and Locator fields did nothing.
void TestInspector::enterInACountryOrLocatorPressesTheFormsButton()
{
    ActorList *list = m_dock->actorList();
    type(list->picker(), u"Robert Gates"_s);
    ActorCreator *creator = list->creator();
    QVERIFY(creator->isVisible());
    const std::size_t actors = doc().actors().size();
    QLineEdit *country = creator->countryBox()->lineEdit();
    country->setFocus(Qt::OtherFocusReason);
    country->selectAll();
    QTest::keyClicks(country, u"USA"_s);
    creator->countryBox()->completer()->popup()->hide(); // the completion list: Enter would pick from it
    QTest::keyClick(country, Qt::Key_Return);
    QCOMPARE(doc().actors().size(), actors + 1);
    if (!CountryCodes::system().isEmpty())
        QCOMPARE(doc().actors().back().country, u"USA"_s);
    QVERIFY(!creator->isVisible());

    QuoteList *quotes = m_dock->quoteList();
    quotes->startNewQuote();
    QuoteEditor *editor = quotes->editor();
    QVERIFY(editor->isVisible());
    editor->textEdit()->setPlainText(u"We will work on it together."_s);
    type(editor->locatorEdit(), u"para. 2"_s);
    const std::vector<Quote> saved = doc().quotesForEvent(m_ids.meeting);
    QCOMPARE(saved.size(), std::size_t(1));
    QCOMPARE(saved.front().locator, u"para. 2"_s);
    QVERIFY(!editor->isVisible());
}

void TestInspector::placeCreatedFromItsName()
{
    auto *place = m_dock->findChild<EntityPicker *>(u"place"_s);
    QAbstractItemModelTester tester(place->entityCompleter()->model());
    type(place, u"Moscow"_s);
    const std::vector<Place> places = doc().places();
    QCOMPARE(places.size(), std::size_t(1));
    QCOMPARE(places.front().name, u"Moscow"_s);
    QCOMPARE(doc().event(m_ids.meeting)->place, places.front().id);
    QCOMPARE(place->text(), u"Moscow"_s);
    // The next event picks the same place by name instead of creating a second one.
    m_controller->setCurrentEvent(m_ids.pressConference);
    type(place, u"moscow"_s);
    QCOMPARE(doc().places().size(), std::size_t(1));
    QCOMPARE(doc().event(m_ids.pressConference)->place, places.front().id);
}

// Undo of "Add place …" used to leave the new place's name in the field, which still counted as
// typing and so was never refreshed from the document.
void TestInspector::undoingANewPlaceShowsThePreviousOne()
{
    auto *place = m_dock->findChild<EntityPicker *>(u"place"_s);
    type(place, u"Moscow"_s);
    const PlaceId moscow = doc().event(m_ids.meeting)->place;
    type(place, u"Geneva"_s);
    QCOMPARE(doc().places().size(), std::size_t(2));
    field(u"tags"_s)->setFocus(Qt::OtherFocusReason);
    QVERIFY(m_controller->undo());
    QCOMPARE(doc().places().size(), std::size_t(1));
    QCOMPARE(doc().event(m_ids.meeting)->place, moscow);
    QCOMPARE(place->text(), u"Moscow"_s);
    QCOMPARE(place->currentId(), moscow.value);
    QVERIFY(m_controller->redo());
    QCOMPARE(place->text(), u"Geneva"_s);
    QCOMPARE(place->currentId(), doc().event(m_ids.meeting)->place.value);
}

void TestInspector::newQuoteFromClipboard()
{
    QApplication::clipboard()->setText(u"  We will work on it together.  "_s);
    QVERIFY(m_dock->pasteQuoteAction()->isEnabled());
    m_dock->pasteQuoteAction()->trigger();
    QuoteEditor *editor = m_dock->quoteList()->editor();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->textEdit()->toPlainText(), u"We will work on it together."_s);
    type(editor->speakerPicker(), u"Condoleezza Rice"_s);
    type(editor->sourcePicker(), u"Press release"_s); // a new source, created inline
    auto *sourceTitle = editor->findChild<QLineEdit *>(u"sourceTitle"_s);
    QVERIFY(sourceTitle->isVisible());
    editor->findChild<QLineEdit *>(u"sourceUrl"_s)->setText(u"https://example.org/release"_s);
    auto *grade = editor->findChild<QComboBox *>(u"sourceReliability"_s);
    grade->setCurrentIndex(grade->findData(QChar(u'C')));
    click(editor->findChild<QPushButton *>(u"createSource"_s));
    QCOMPARE(doc().sources().size(), std::size_t(2));
    QCOMPARE(editor->sourcePicker()->text(), u"Press release"_s);
    editor->credibilityBox()->setCurrentIndex(editor->credibilityBox()->findData(3));
    editor->locatorEdit()->setText(u"para. 2"_s);
    QVERIFY(editor->save());

    const std::vector<Quote> quotes = doc().quotesForEvent(m_ids.meeting);
    QCOMPARE(quotes.size(), std::size_t(1));
    const Quote q = quotes.front();
    QCOMPARE(q.text, u"We will work on it together."_s);
    QCOMPARE(q.speaker, m_ids.rice);
    QCOMPARE(q.credibility, 3);
    QCOMPARE(q.locator, u"para. 2"_s);
    const std::optional<Source> source = doc().source(q.source);
    QVERIFY(source);
    QCOMPARE(source->title, u"Press release"_s);
    QCOMPARE(source->reliability, QChar(u'C'));
    QCOMPARE(m_dock->quoteList()->list()->count(), 1);
    QVERIFY(m_dock->quoteList()->list()->item(0)->text().contains(u"Condoleezza Rice · Press release, para. 2"_s));

    // No quote without text.
    m_dock->quoteList()->startNewQuote();
    QVERIFY(!editor->save());
    QCOMPARE(doc().quotesForEvent(m_ids.meeting).size(), std::size_t(1));
}

// A speaker typed that the document does not have yet is not dropped on Save: its form opens,
// and the quote is saved once the actor is created (or the creation cancelled).
void TestInspector::newSpeakerIsCreatedNotDropped()
{
    QuoteList *quotes = m_dock->quoteList();
    QuoteEditor *editor = quotes->editor();
    quotes->startNewQuote();
    editor->textEdit()->setPlainText(u"The talks were useful."_s);
    type(editor->speakerPicker(), u"Sergei Ryabkov"_s, Qt::Key_unknown); // typed, not confirmed
    const std::size_t actorsBefore = doc().actors().size();
    QVERIFY(!editor->save());
    QCOMPARE(doc().quotesForEvent(m_ids.meeting).size(), std::size_t(0));
    QVERIFY(editor->speakerCreator()->isVisible());
    QCOMPARE(editor->findChild<QLineEdit *>(u"actorLabel"_s)->text(), u"Sergei Ryabkov"_s);

    click(editor->findChild<QPushButton *>(u"createActor"_s));
    QCOMPARE(doc().actors().size(), actorsBefore + 1);
    QVERIFY(editor->save());
    const std::vector<Quote> saved = doc().quotesForEvent(m_ids.meeting);
    QCOMPARE(saved.size(), std::size_t(1));
    QCOMPARE(doc().actor(saved.front().speaker)->label, u"Sergei Ryabkov"_s);
}

void TestInspector::attachDetachAndDeleteQuotes()
{
    QuoteList *quotes = m_dock->quoteList();
    const std::vector<Quote> all = doc().quotes();
    const Quote bush = *std::find_if(all.begin(), all.end(), [](const Quote &q) { return q.events.size() == 2; });

    // Attach: pick the quote by words of its text.
    m_controller->setCurrentEvent(m_ids.summit);
    click(quotes->findChild<QPushButton *>(u"attachQuote"_s));
    QVERIFY(quotes->attachPicker()->isVisible());
    type(quotes->attachPicker(), bush.text);
    QCOMPARE(doc().quote(bush.id)->events.size(), std::size_t(3));
    QCOMPARE(quotes->list()->count(), 1);

    // Detach from this event only: the quote stays with the other two.
    quotes->list()->setCurrentRow(0);
    click(quotes->findChild<QPushButton *>(u"detachQuote"_s));
    const std::vector<EventId> events = doc().quote(bush.id)->events;
    QCOMPARE(events.size(), std::size_t(2));
    QVERIFY(std::find(events.begin(), events.end(), m_ids.summit) == events.end());
    QCOMPARE(quotes->list()->item(0)->flags(), Qt::NoItemFlags); // "No quotes"

    // Delete removes the quote from the document; undo brings it back with its links.
    m_controller->setCurrentEvent(m_ids.interview);
    quotes->list()->setCurrentRow(0);
    QCOMPARE(quotes->selectedQuote(), bush.id);
    click(quotes->findChild<QPushButton *>(u"deleteQuote"_s));
    QVERIFY(!doc().quote(bush.id));
    QVERIFY(m_controller->undo());
    QCOMPARE(doc().quote(bush.id)->events.size(), std::size_t(2));
    QCOMPARE(quotes->list()->count(), 1);
}

void TestInspector::relationsAddAndRemove()
{
    RelationList *relations = m_dock->relationList();
    m_controller->setCurrentEvent(m_ids.interview);
    relations->kindBox()->setCurrentIndex(relations->kindBox()->findData(int(RelationKind::ResponseTo)));
    type(relations->targetPicker(), u"Putin invites Bush to Sochi"_s);
    std::vector<Relation> list = doc().relationsOf(m_ids.interview);
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list.front().to, m_ids.invitation);
    QCOMPARE(list.front().kind, RelationKind::ResponseTo);
    QCOMPARE(relations->list()->item(0)->text(), u"response to “Putin invites Bush to Sochi”"_s);

    m_controller->setCurrentEvent(m_ids.invitation); // seen from the other side
    QCOMPARE(relations->list()->item(0)->text(), u"responded to by “Bush interview at the White House”"_s);
    relations->list()->setCurrentRow(0);
    click(relations->findChild<QPushButton *>(u"removeRelation"_s));
    QVERIFY(doc().relationsOf(m_ids.invitation).empty());
}

void TestInspector::bulkTagOnMultiSelection()
{
    const std::vector<EventId> selection{m_ids.meeting, m_ids.summit, m_ids.interview};
    m_controller->setSelection(selection);
    QCOMPARE(m_dock->page(), InspectorDock::Page::Bulk);
    QCOMPARE(m_dock->findChild<QLabel *>(u"bulkHeading"_s)->text(), u"3 events selected"_s);
    const qint64 steps = doc().journalSize();
    BulkEditPanel *bulk = m_dock->bulkPanel();
    type(bulk->tagEdit(), u"sochi"_s, Qt::Key_unknown);
    click(bulk->findChild<QPushButton *>(u"bulkAddTag"_s));
    for (EventId id : selection)
        QVERIFY(doc().event(id)->tags.contains(u"sochi"_s));
    QVERIFY(!doc().event(m_ids.pressConference)->tags.contains(u"sochi"_s));
    QCOMPARE(doc().journalSize(), steps + 1);

    bulk->setStatus(EventStatus::Denied);
    bulk->setCameoCode(u"0421"_s);
    bulk->setCameoCode(u"99"_s); // not a CAMEO code: refused
    for (EventId id : selection) {
        QCOMPARE(doc().event(id)->status, EventStatus::Denied);
        QCOMPARE(doc().event(id)->cameoCode, u"0421"_s);
    }
    QCOMPARE(doc().journalSize(), steps + 3);
    QVERIFY(m_controller->undo());
    QVERIFY(m_controller->undo());
    QVERIFY(m_controller->undo());
    for (EventId id : selection)
        QVERIFY(!doc().event(id)->tags.contains(u"sochi"_s));
}

void TestInspector::bulkEditWithinTheStepLimit_data()
{
    QTest::addColumn<int>("selected");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("10,000: one step") << 10000 << true;
    QTest::newRow("10,001: refused, saying why") << 10001 << false;
}

// A table's Ctrl+A selects every event: a bulk change of a million would hold the window for a
// quarter of an hour. Above the step limit the panel says so, its buttons are off, and a change
// asked for anyway is refused with a message.
void TestInspector::bulkEditWithinTheStepLimit()
{
    QFETCH(int, selected);
    QFETCH(bool, allowed);
    const QString path = m_dir.filePath(u"many.dateline"_s);
    if (!QFile::exists(path)) {
        QString error;
        QVERIFY2(writeManyEvents(path, 10001, &error), qPrintable(error));
    }
    QVERIFY(m_controller->openDocument(path));
    std::vector<EventId> ids = doc().eventIdsInTimeOrder();
    ids.resize(std::size_t(selected));
    m_controller->setSelection(ids);
    QCOMPARE(m_dock->page(), InspectorDock::Page::Bulk);
    QCOMPARE(m_dock->findChild<QLabel *>(u"bulkHeading"_s)->text(), u"%L1 events selected"_s.arg(selected));
    BulkEditPanel *bulk = m_dock->bulkPanel();
    type(bulk->tagEdit(), u"sochi"_s, Qt::Key_unknown);
    QCOMPARE(bulk->findChild<QPushButton *>(u"bulkAddTag"_s)->isEnabled(), allowed);
    QCOMPARE(m_dock->findChild<QLabel *>(u"bulkNote"_s)->text().contains(u"at most 10,000 events"_s), !allowed);
    const qint64 steps = doc().journalSize();
    bulk->setStatus(EventStatus::Denied);
    QCOMPARE(doc().journalSize(), allowed ? steps + 1 : steps);
    QCOMPARE(doc().event(ids.back())->status, allowed ? EventStatus::Denied : EventStatus::Occurred);
    if (!allowed) {
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.front().startsWith(u"Change Events: 10,001 events are selected"_s), qPrintable(m_errors.front()));
        m_errors.clear();
    }
}

void TestInspector::readOnlyShowsNoEditableField()
{
    m_controller->closeDocument();
    QVERIFY(m_controller->openDocument(m_fixture, OpenMode::ReadOnly));
    QVERIFY(m_controller->isReadOnly());
    const QString title = doc().event(m_ids.meeting)->title;
    const qint64 revision = doc().revision();
    for (const std::vector<EventId> &selection : {std::vector<EventId>{m_ids.meeting},
                                                  std::vector<EventId>{m_ids.meeting, m_ids.summit}}) {
        m_controller->setSelection(selection);
        QCOMPARE(m_dock->readOnlyBanner()->text(), m_controller->readOnlyReason());
        QVERIFY(m_dock->readOnlyBanner()->isVisible());
        int shown = 0;
        for (QLineEdit *edit : m_dock->findChildren<QLineEdit *>()) {
            if (edit->isVisible() && edit->isEnabled()) {
                ++shown;
                QVERIFY2(edit->isReadOnly(), qPrintable(edit->objectName()));
            }
        }
        QVERIFY(shown > 0);
        for (QPlainTextEdit *edit : m_dock->findChildren<QPlainTextEdit *>())
            QVERIFY(!edit->isVisible() || edit->isReadOnly());
        for (QComboBox *box : m_dock->findChildren<QComboBox *>())
            QVERIFY2(!box->isVisible() || !box->isEnabled(), qPrintable(box->objectName()));
        for (QAbstractButton *button : m_dock->findChildren<QAbstractButton *>()) {
            if (button->parent() != m_dock.get()) // the dock's own float and close buttons
                QVERIFY2(!button->isVisible() || !button->isEnabled(), qPrintable(button->text()));
        }
        for (QAbstractSpinBox *spin : m_dock->findChildren<QAbstractSpinBox *>())
            QVERIFY(!spin->isVisible() || spin->isReadOnly());
    }
    QVERIFY(!m_dock->pasteQuoteAction()->isEnabled());
    m_controller->setCurrentEvent(m_ids.meeting);
    type(field(u"title"_s), u"Changed"_s); // read-only: typing does nothing
    QCOMPARE(doc().revision(), revision);
    QCOMPARE(doc().event(m_ids.meeting)->title, title);
    QCOMPARE(field(u"title"_s)->text(), title);
}

void TestInspector::untrustedTextIsPlain()
{
    std::optional<Event> e = doc().event(m_ids.meeting);
    e->title = u"<b>bold</b> & <img src=x>"_s;
    QVERIFY(m_controller->edit([&](Editor &editor) { commands::updateEvent(editor, *e); }));
    QCOMPARE(field(u"title"_s)->text(), e->title);
    m_controller->setCurrentEvent(m_ids.summit);
    QVERIFY(m_dock->relationList()->list()->item(0)->text().contains(e->title));
    // Labels that show document text never interpret it.
    QuoteList *quotes = m_dock->quoteList();
    m_controller->setSelection({m_ids.meeting, m_ids.summit});
    for (QLabel *label : m_dock->findChildren<QLabel *>()) {
        if (label->text().contains(u"<"_s))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY(quotes);
}

void TestInspector::mainWindowHasTheDockAndItsActions()
{
    m_dock.reset();
    MainWindow window(m_controller.get());
    auto *dock = window.findChild<InspectorDock *>(u"inspector"_s);
    QVERIFY(dock);
    QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
    QStringList menuActions;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            menuActions << action->objectName() + u'|' + action->text();
    }
    QVERIFY(menuActions.contains(u"pasteQuote|Paste as &Quote"_s));
    QVERIFY(menuActions.contains(u"editEvent|&Edit Event"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_controller->setCurrentEvent(m_ids.summit);
    dock->editEventAction()->trigger();
    auto *title = dock->findChild<QLineEdit *>(u"title"_s);
    QCOMPARE(title->selectedText(), u"Sochi summit"_s);
    QVERIFY(window.menuBar()->actions().size() > 2);
    bool toggle = false;
    for (QAction *menu : window.menuBar()->actions())
        toggle = toggle || menu->menu()->actions().contains(dock->toggleViewAction());
    QVERIFY(toggle);
    QCOMPARE(dock->pasteQuoteAction()->shortcut(), QKeySequence(u"Ctrl+Shift+V"_s));
}

// Ctrl+Z in a field whose edit was saved undoes the document's step (as Edit > Undo does); in a
// field with typing not yet saved it undoes the typing.
void TestInspector::undoKeyInASavedFieldUndoesTheDocument()
{
    m_dock.reset();
    MainWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    m_controller->setCurrentEvent(m_ids.meeting);
    auto *title = window.findChild<InspectorDock *>(u"inspector"_s)->findChild<QLineEdit *>(u"title"_s);
    title->setFocus(Qt::OtherFocusReason);
    title->selectAll();
    QTest::keyClicks(title, u"2+2 talks"_s);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(doc().event(m_ids.meeting)->title, u"2+2 talks"_s);
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier); // saved: the rename is undone
    QCOMPARE(doc().event(m_ids.meeting)->title, u"2+2 meeting in Moscow"_s);
    QCOMPARE(title->text(), u"2+2 meeting in Moscow"_s);
    const QKeyCombination redo = QKeySequence::keyBindings(QKeySequence::Redo).value(0)[0]; // by platform
    QTest::keyClick(title, redo.key(), redo.keyboardModifiers()); // and redone
    QCOMPARE(doc().event(m_ids.meeting)->title, u"2+2 talks"_s);
    QTest::keyClicks(title, u" again"_s); // unsaved typing: Ctrl+Z undoes it, the document keeps its title
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc().event(m_ids.meeting)->title, u"2+2 talks"_s);
    QVERIFY(title->text() != u"2+2 talks again"_s);

    // The same in the Importance box: a committed value is undone by the document.
    auto *importance = window.findChild<InspectorDock *>(u"inspector"_s)->findChild<QSpinBox *>(u"importance"_s);
    const int before = doc().event(m_ids.meeting)->importance;
    importance->setFocus(Qt::OtherFocusReason);
    importance->selectAll();
    QTest::keyClicks(importance, u"7"_s);
    QTest::keyClick(importance, Qt::Key_Return);
    QCOMPARE(doc().event(m_ids.meeting)->importance, 7);
    QTest::keyClick(importance, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc().event(m_ids.meeting)->importance, before);
    QCOMPARE(importance->value(), before);
}

// Scrolling the panel with the wheel passes over combo and spin boxes: one notch over Status or
// Importance used to change and save it.
void TestInspector::wheelEditsOnlyTheFocusedField()
{
    auto *importance = m_dock->findChild<QSpinBox *>(u"importance"_s);
    auto *status = m_dock->findChild<QComboBox *>(u"status"_s);
    const int importanceBefore = importance->value();
    const int statusBefore = status->currentIndex();
    const qint64 steps = doc().journalSize();
    auto wheel = [](QWidget *w) {
        const QPointF at = QRectF(w->rect()).center();
        QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
    };
    field(u"title"_s)->setFocus(Qt::OtherFocusReason);
    for (int i = 0; i < 3; ++i) {
        wheel(importance);
        wheel(status);
    }
    QCOMPARE(importance->value(), importanceBefore);
    QCOMPARE(status->currentIndex(), statusBefore);
    QCOMPARE(doc().journalSize(), steps);
    // With focus, the wheel is the field's own.
    importance->setFocus(Qt::OtherFocusReason);
    wheel(importance);
    QCOMPARE(importance->value(), importanceBefore - 1);
    QCOMPARE(doc().event(m_ids.meeting)->importance, importanceBefore - 1);
}

// Closing the window saves what was typed; when that fails (here a lock another program holds; a
// full disk alike), the window stays open with the text, instead of quitting and losing it.
void TestInspector::closingKeepsTypingThatCannotBeSaved()
{
    m_dock.reset();
    auto window = std::make_unique<MainWindow>(m_controller.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    m_controller->setCurrentEvent(m_ids.meeting);
    auto *title = window->findChild<InspectorDock *>(u"inspector"_s)->findChild<QLineEdit *>(u"title"_s);
    title->setFocus(Qt::OtherFocusReason);
    title->selectAll();
    QTest::keyClicks(title, u"Talks that must not be lost"_s);

    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(m_controller->document()->path().toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QCOMPARE(title->text(), u"Talks that must not be lost"_s);
    QCOMPARE(m_errors.size(), 1); // said, once
    m_errors.clear();

    QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    QVERIFY(window->close());
    QCOMPARE(doc().event(m_ids.meeting)->title, u"Talks that must not be lost"_s);
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
