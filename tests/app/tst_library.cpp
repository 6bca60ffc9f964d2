// The Library dock: actors, places, sources, eras and the title are edited through the command
// layer (one undoable step each), lists filter, and invalid input is refused with a message.
#include "app/gui/documentcontroller.h"
#include "app/gui/library/actorform.h"
#include "app/gui/countrycodes.h"
#include "app/gui/library/countryfield.h"
#include "app/gui/library/entitylistmodel.h"
#include "app/gui/library/entitytab.h"
#include "app/gui/library/eraform.h"
#include "app/gui/library/librarydock.h"
#include "app/gui/library/placeform.h"
#include "app/gui/library/sourceform.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

// Replaces a field's text the way a user does (so the form sees textEdited).
void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QStringList visibleEntries(EntityTab *tab)
{
    QStringList result;
    const QAbstractItemModel *model = tab->model();
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, 0).data().toString();
    return result;
}

int entryCount(EntityTab *tab)
{
    return tab->model()->totalCount();
}

} // namespace

class TestLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void actorAddEditDelete();
    void placeWithCoordinates();
    void sourceAndEra();
    void documentTitle();
    void filterLists();
    void hiddenTabReadsWhenShown();
    void articlesTitledBySiteShowTheirUrl();
    void sourceEntries_data();
    void sourceEntries();
    void bigListsReadInBackground();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
    void storedNonIsoCountryIsKept();
    void countryTypedByName_data();
    void countryTypedByName();
    void undoOfAnAddClearsTheForm();
    void readOnlyCannotEdit();
    void countryCodes();

private:
    // The tab in front, as a user sees it (a hidden tab reads the document only when shown).
    EntityTab *shown(EntityTab *tab)
    {
        m_dock->show();
        m_dock->tabs()->setCurrentWidget(tab);
        return tab;
    }
    qint64 steps() const { return m_controller->document()->journalSize(); }

    QTemporaryDir m_dir;
    QString m_path;
    TestDocument m_ids;
    QStringList m_errors;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<LibraryDock> m_dock;
};

void TestLibrary::initTestCase()
{
    useTestSettings(u"tst_library"_s);
    QVERIFY(m_dir.isValid());
}

void TestLibrary::init()
{
    static int n = 0;
    m_path = m_dir.filePath(u"doc%1.dateline"_s.arg(++n));
    m_ids = TestDocument::create(m_path);
    m_ids.document.reset();
    m_errors.clear();
    m_controller = std::make_unique<DocumentController>();
    m_controller->setErrorReporter([this](const QString &t, const QString &m) { m_errors << t + u'\n' + m; });
    m_dock = std::make_unique<LibraryDock>(m_controller.get());
    QVERIFY(m_controller->openDocument(m_path));
}

void TestLibrary::cleanup()
{
    m_dock.reset();
    m_controller.reset();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestLibrary::actorAddEditDelete()
{
    EntityTab *tab = shown(m_dock->actors());
    auto *form = qobject_cast<ActorForm *>(tab->form());
    QVERIFY(form);
    QCOMPARE(entryCount(tab), 3);

    tab->newEntity();
    QVERIFY(!tab->saveButton()->isEnabled()); // nothing typed yet
    type(form->labelEdit(), u"Robert Gates"_s);
    form->kindBox()->setCurrentIndex(form->kindBox()->findData(int(ActorKind::Person)));
    type(form->countryField()->lineEdit(), u"usa"_s);
    type(form->cameoEdit(), u"usamil"_s);
    form->aliasesEdit()->setPlainText(u"Bob Gates\n\nSecretary Gates\nBob Gates"_s);
    QVERIFY(tab->message().isEmpty());
    QVERIFY(tab->saveButton()->isEnabled());
    QCOMPARE(tab->saveButton()->text(), u"Add actor"_s);

    const qint64 before = steps();
    QVERIFY(tab->save());
    QCOMPARE(steps(), before + 1);
    const ActorId gates(tab->currentId());
    const auto stored = m_controller->document()->actor(gates);
    QVERIFY(stored);
    QCOMPARE(stored->label, u"Robert Gates"_s);
    QCOMPARE(stored->country, u"USA"_s);
    QCOMPARE(stored->cameoCode, u"USAMIL"_s);
    QCOMPARE(stored->aliases, (QStringList{u"Bob Gates"_s, u"Secretary Gates"_s}));
    QCOMPARE(entryCount(tab), 4);
    QCOMPARE(tab->list()->currentIndex().data().toString(), u"Robert Gates (USA)"_s);
    QCOMPARE(tab->saveButton()->text(), u"Apply"_s);
    QVERIFY(!tab->saveButton()->isEnabled()); // saved: nothing to apply

    // Edit Lavrov's country: one step, undone in one.
    tab->select(m_ids.lavrov.value);
    QCOMPARE(form->labelEdit()->text(), u"Sergey Lavrov"_s);
    type(form->labelEdit(), u"Sergey V. Lavrov"_s);
    QVERIFY(tab->save());
    QCOMPARE(steps(), before + 2);
    QCOMPARE(m_controller->document()->actor(m_ids.lavrov)->label, u"Sergey V. Lavrov"_s);
    QVERIFY(m_controller->undo());
    QCOMPARE(m_controller->document()->actor(m_ids.lavrov)->label, u"Sergey Lavrov"_s);
    QCOMPARE(form->labelEdit()->text(), u"Sergey Lavrov"_s); // the form follows the undo

    // Delete Bush: his events lose the link; one step brings both back.
    tab->select(m_ids.bush.value);
    QVERIFY(tab->removeCurrent());
    QVERIFY(!m_controller->document()->actor(m_ids.bush));
    QCOMPARE(tab->currentId(), 0);
    QVERIFY(m_controller->undo());
    QVERIFY(m_controller->document()->actor(m_ids.bush));
    QCOMPARE(m_controller->document()->event(m_ids.summit)->actors.size(), size_t(1));
    QVERIFY(m_errors.isEmpty());
}

void TestLibrary::placeWithCoordinates()
{
    EntityTab *tab = shown(m_dock->places());
    auto *form = qobject_cast<PlaceForm *>(tab->form());
    tab->newEntity();
    type(form->nameEdit(), u"Sochi"_s);
    type(form->countryField()->lineEdit(), u"RUS"_s);
    type(form->latitudeEdit(), u"43,5855"_s); // a decimal comma is understood
    type(form->longitudeEdit(), u"39.7231"_s);
    QVERIFY2(tab->message().isEmpty(), qPrintable(tab->message()));
    const qint64 before = steps();
    QVERIFY(tab->save());
    QCOMPARE(steps(), before + 1);
    const auto place = m_controller->document()->place(PlaceId(tab->currentId()));
    QVERIFY(place);
    QCOMPARE(place->latitude.value_or(0), 43.5855);
    QCOMPARE(place->longitude.value_or(0), 39.7231);
    QCOMPARE(form->latitudeEdit()->text(), u"43.5855"_s);

    type(form->latitudeEdit(), QString());
    type(form->longitudeEdit(), QString());
    QVERIFY(tab->save()); // no coordinates at all is fine
    QVERIFY(!m_controller->document()->place(place->id)->latitude);
}

void TestLibrary::sourceAndEra()
{
    EntityTab *sources = shown(m_dock->sources());
    auto *sourceForm = qobject_cast<SourceForm *>(sources->form());
    sources->select(m_ids.article.value);
    QCOMPARE(sourceForm->issuedEdit()->text(), u"2008-03-27"_s);
    QCOMPARE(sourceForm->reliabilityBox()->currentData().toString(), u"B"_s);
    type(sourceForm->accessedEdit(), u"2026-12-03"_s);
    sourceForm->reliabilityBox()->setCurrentIndex(0);
    Q_EMIT sourceForm->reliabilityBox()->activated(0);
    const qint64 before = steps();
    QVERIFY(sources->save());
    QCOMPARE(steps(), before + 1);
    const auto source = m_controller->document()->source(m_ids.article);
    QCOMPARE(source->accessed.toEdtf(), u"2026-12-03"_s);
    QCOMPARE(source->reliability, QLatin1Char('A'));

    EntityTab *eras = shown(m_dock->eras());
    auto *eraForm = qobject_cast<EraForm *>(eras->form());
    eras->newEntity();
    type(eraForm->nameEdit(), u"Putin's second term"_s);
    type(eraForm->spanEdit(), u"2004-05-07/2008-05-07"_s);
    eraForm->setColor(QColor(0x33, 0x66, 0x99));
    QVERIFY(eras->save());
    QCOMPARE(steps(), before + 2);
    const auto era = m_controller->document()->era(EraId(eras->currentId()));
    QVERIFY(era);
    QCOMPARE(era->color, u"#336699"_s);
    QCOMPARE(era->span.toEdtf(), u"2004-05-07/2008-05-07"_s);
    eraForm->setColor(QColor()); // back to the palette's colour
    QVERIFY(eras->save());
    QCOMPARE(m_controller->document()->era(era->id)->color, QString());
}

void TestLibrary::documentTitle()
{
    QCOMPARE(m_dock->titleEdit()->text(), u"Moscow, March 2008"_s);
    type(m_dock->titleEdit(), u"Moscow and Sochi, 2008"_s);
    const qint64 before = steps();
    QVERIFY(m_dock->applyTitle());
    QCOMPARE(steps(), before + 1);
    QCOMPARE(m_controller->document()->title(), u"Moscow and Sochi, 2008"_s);
    QVERIFY(!m_dock->applyTitle()); // unchanged: no empty step
    QCOMPARE(steps(), before + 1);
    QVERIFY(m_controller->undo());
    QCOMPARE(m_dock->titleEdit()->text(), u"Moscow, March 2008"_s);
}

void TestLibrary::filterLists()
{
    EntityTab *tab = shown(m_dock->actors());
    QCOMPARE(visibleEntries(tab).size(), 3);
    QTest::keyClicks(tab->filterEdit(), u"LAV"_s);
    QCOMPARE(visibleEntries(tab), QStringList{u"Sergey Lavrov (RUS)"_s});
    tab->filterEdit()->setText(u"usa"_s); // the country matches too
    QCOMPARE(visibleEntries(tab).size(), 2);
    tab->filterEdit()->setText(u"nobody"_s);
    QVERIFY(visibleEntries(tab).isEmpty());
    tab->filterEdit()->clear();
    QCOMPARE(visibleEntries(tab).size(), 3);
}

// A hidden tab does not read the document on every change (a GDELT import adds a million
// sources); it catches up when shown.
void TestLibrary::hiddenTabReadsWhenShown()
{
    EntityTab *actors = shown(m_dock->actors());
    QCOMPARE(actors->list()->model()->rowCount(), 3);
    shown(m_dock->places());
    QVERIFY(!actors->isVisible());
    Actor actor;
    actor.label = u"Mikhail Fradkov"_s;
    QVERIFY(m_controller->edit([&](Editor &e) { commands::addActor(e, actor); }));
    QCOMPARE(actors->list()->model()->rowCount(), 3); // not read yet
    shown(actors);
    QCOMPARE(actors->list()->model()->rowCount(), 4);
    QVERIFY(visibleEntries(actors).contains(u"Mikhail Fradkov"_s));
}

// GDELT names an article's source after its site; a list of a thousand identical site names
// would tell the user nothing.
void TestLibrary::articlesTitledBySiteShowTheirUrl()
{
    for (const char *path : {"a/1", "b/2"}) {
        Source s;
        s.title = u"news.example.org"_s;
        s.url = u"https://news.example.org/"_s + QLatin1StringView(path);
        QVERIFY(m_controller->edit([&](Editor &e) { commands::addSource(e, s); }));
    }
    const QStringList entries = visibleEntries(shown(m_dock->sources()));
    QVERIFY2(entries.contains(u"https://news.example.org/a/1 [F]"_s), qPrintable(entries.join(u'|')));
    QVERIFY(entries.contains(u"https://news.example.org/b/2 [F]"_s));
}

void TestLibrary::sourceEntries_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("publication");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("filter"); // matches the entry (any case), and only it
    QTest::newRow("title and publication") << u"Bush interview"_s << u"Reuters"_s << u"Jane Roe"_s << QString()
                                           << u"Bush interview — Reuters [C]"_s << u"JANE roe"_s;
    QTest::newRow("no title: the URL") << QString() << QString() << QString() << u"https://example.net/x"_s
                                       << u"https://example.net/x [C]"_s << u"example.NET"_s;
    QTest::newRow("titled by site, http") << u"site.example"_s << u"Site"_s << QString() << u"http://site.example/p/9"_s
                                          << u"http://site.example/p/9 — Site [C]"_s << u"p/9"_s;
    QTest::newRow("site title, URL of another site") << u"site.example"_s << QString() << QString()
                                                     << u"https://other.example/site.example"_s
                                                     << u"site.example [C]"_s << u"OTHER.example"_s;
    QTest::newRow("non-ASCII") << u"Заявление МИД"_s << QString() << u"Мария Захарова"_s << QString()
                               << u"Заявление МИД [C]"_s << u"захарова"_s;
}

// What a source's list entry says, and what its filter matches (title, publication, author, URL).
void TestLibrary::sourceEntries()
{
    QFETCH(QString, title);
    QFETCH(QString, publication);
    QFETCH(QString, author);
    QFETCH(QString, url);
    QFETCH(QString, entry);
    QFETCH(QString, filter);
    Source s;
    s.title = title;
    s.publication = publication;
    s.author = author;
    s.url = url;
    s.reliability = u'C';
    QVERIFY(m_controller->edit([&](Editor &e) { commands::addSource(e, s); }));
    EntityTab *tab = shown(m_dock->sources());
    QVERIFY2(visibleEntries(tab).contains(entry), qPrintable(visibleEntries(tab).join(u'|')));
    tab->filterEdit()->setText(filter);
    QCOMPARE(visibleEntries(tab), QStringList{entry});
    tab->filterEdit()->setText(filter + u"zzz"_s);
    QVERIFY(visibleEntries(tab).isEmpty());
    tab->filterEdit()->clear();
}

// Above the threshold a tab reads its list on a worker thread, then shows the same entries and
// keeps the selected entity selected; an edit meanwhile makes it read again.
void TestLibrary::bigListsReadInBackground()
{
    EntityTab *tab = shown(m_dock->sources());
    const QStringList before = visibleEntries(tab);
    QVERIFY(!before.isEmpty());
    QVERIFY(!tab->isReading());
    tab->select(m_ids.article.value);
    const int selectedRow = tab->list()->currentIndex().row();
    QVERIFY(selectedRow >= 0);

    tab->setBackgroundLoadAbove(0);
    Source s;
    s.title = u"Background article"_s;
    QVERIFY(m_controller->edit([&](Editor &e) { commands::addSource(e, s); }));
    QVERIFY(tab->isReading()); // the list did not change yet
    QCOMPARE(visibleEntries(tab), before);
    s.title = u"Another background article"_s;
    QVERIFY(m_controller->edit([&](Editor &e) { commands::addSource(e, s); })); // supersedes the first read
    QTRY_VERIFY(!tab->isReading());

    const QStringList after = visibleEntries(tab);
    QCOMPARE(after.size(), before.size() + 2);
    QVERIFY(after.contains(u"Background article [F]"_s));
    QVERIFY(after.contains(u"Another background article [F]"_s));
    QCOMPARE(tab->model()->idAt(tab->list()->currentIndex().row()), m_ids.article.value);
    QCOMPARE(tab->currentId(), m_ids.article.value);
    QVERIFY(tab->list()->isEnabled());

    // Hidden while it reads: the read is dropped, and made again when the tab is shown.
    s.title = u"Third background article"_s;
    QVERIFY(m_controller->edit([&](Editor &e) { commands::addSource(e, s); }));
    QVERIFY(tab->isReading());
    shown(m_dock->actors());
    QVERIFY(!tab->isVisible());
    QVERIFY(m_controller->edit([&](Editor &e) { commands::addSource(e, Source{}); }));
    QVERIFY(!tab->isReading());
    shown(tab);
    QTRY_VERIFY(!tab->isReading());
    QCOMPARE(visibleEntries(tab).size(), before.size() + 4);
    QVERIFY(visibleEntries(tab).contains(u"Third background article [F]"_s));
    QVERIFY(m_errors.isEmpty());
}

void TestLibrary::invalidInputIsRefused_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("latitude out of range") << u"place"_s << u"latitude"_s << u"95"_s << u"out of range"_s;
    QTest::newRow("latitude not a number") << u"place"_s << u"latitude"_s << u"north"_s << u"not a number"_s;
    QTest::newRow("longitude out of range") << u"place"_s << u"longitude"_s << u"-180.5"_s << u"out of range"_s;
    QTest::newRow("latitude alone") << u"place"_s << u"latitude"_s << u"43.5"_s << u"both"_s;
    QTest::newRow("place without name") << u"place"_s << u"name"_s << QString() << u"needs a name"_s;
    QTest::newRow("unknown country") << u"actor"_s << u"country"_s << u"XYZ"_s << u"not an ISO 3166"_s;
    QTest::newRow("cameo code") << u"actor"_s << u"cameo"_s << u"RUSG"_s << u"three-character"_s;
    QTest::newRow("actor without label") << u"actor"_s << u"label"_s << u"   "_s << u"needs a label"_s;
    QTest::newRow("issued month 13") << u"source"_s << u"issued"_s << u"2008-13"_s << u"Issued:"_s;
    QTest::newRow("accessed Feb 30") << u"source"_s << u"accessed"_s << u"2008-02-30"_s << u"Accessed:"_s;
    QTest::newRow("url") << u"source"_s << u"url"_s << u"www example"_s << u"URL"_s;
    QTest::newRow("era span missing") << u"era"_s << u"span"_s << QString() << u"required"_s;
    QTest::newRow("era span bad") << u"era"_s << u"span"_s << u"2008/2004"_s << u"Span:"_s;
}

void TestLibrary::invalidInputIsRefused()
{
    QFETCH(QString, tab);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    EntityTab *entityTab = shown(tab == u"actor" ? m_dock->actors()
                                 : tab == u"place"  ? m_dock->places()
                                 : tab == u"source" ? m_dock->sources()
                                                    : m_dock->eras());
    entityTab->newEntity();
    // A valid entity first, then the one bad field.
    if (auto *f = qobject_cast<ActorForm *>(entityTab->form()))
        type(f->labelEdit(), u"Someone"_s);
    if (auto *f = qobject_cast<PlaceForm *>(entityTab->form()))
        type(f->nameEdit(), u"Somewhere"_s);
    if (auto *f = qobject_cast<SourceForm *>(entityTab->form()))
        type(f->titleEdit(), u"Something"_s);
    if (auto *f = qobject_cast<EraForm *>(entityTab->form())) {
        type(f->nameEdit(), u"Some time"_s);
        type(f->spanEdit(), u"2008"_s);
    }
    QVERIFY2(entityTab->message().isEmpty(), qPrintable(entityTab->message()));
    QVERIFY(entityTab->saveButton()->isEnabled());

    auto *edit = entityTab->form()->findChild<QLineEdit *>(field);
    if (field == u"country")
        edit = entityTab->form()->findChild<CountryField *>()->lineEdit();
    QVERIFY2(edit, qPrintable(field));
    type(edit, text);
    QVERIFY2(entityTab->message().contains(message), qPrintable(entityTab->message()));
    QVERIFY(!entityTab->saveButton()->isEnabled());
    const qint64 before = steps();
    const auto counts = m_controller->document()->info();
    QVERIFY(!entityTab->save());
    QCOMPARE(steps(), before);
    const auto after = m_controller->document()->info();
    QCOMPARE(after.actors + after.places + after.sources + after.eras,
             counts.actors + counts.places + counts.sources + counts.eras);
}

void TestLibrary::storedNonIsoCountryIsKept()
{
    // Imported files carry codes that are not ISO (GDELT uses some); editing another field of
    // such an actor must not be blocked by them.
    Actor actor{ActorId(), u"African Union"_s, ActorKind::Organisation, u"AFR"_s, u"AFR"_s, {}};
    ActorId id;
    QVERIFY(m_controller->edit([&](Editor &e) { id = commands::addActor(e, actor); }));
    EntityTab *tab = shown(m_dock->actors());
    auto *form = qobject_cast<ActorForm *>(tab->form());
    tab->select(id.value);
    type(form->labelEdit(), u"AU"_s);
    QVERIFY2(tab->message().isEmpty(), qPrintable(tab->message()));
    QVERIFY(tab->save());
    QCOMPARE(m_controller->document()->actor(id)->country, u"AFR"_s);
}

void TestLibrary::countryTypedByName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("name") << u"Germany"_s << u"DEU"_s;
    QTest::newRow("name, lower case") << u"united states"_s << u"USA"_s;
    QTest::newRow("alpha-2") << u"fr"_s << u"FRA"_s;
}

// "Germany" was refused as “GERMANY”, not an ISO 3166 code.
void TestLibrary::countryTypedByName()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    if (CountryCodes::system().isEmpty())
        QSKIP("the iso-codes package is not installed");
    EntityTab *tab = shown(m_dock->actors());
    auto *form = qobject_cast<ActorForm *>(tab->form());
    tab->newEntity();
    type(form->labelEdit(), u"Someone"_s);
    type(form->countryField()->lineEdit(), typed);
    QVERIFY2(tab->message().isEmpty(), qPrintable(tab->message()));
    QVERIFY(tab->save());
    QCOMPARE(m_controller->document()->actor(ActorId(tab->currentId()))->country, code);
}

void TestLibrary::undoOfAnAddClearsTheForm()
{
    EntityTab *tab = shown(m_dock->places());
    auto *form = qobject_cast<PlaceForm *>(tab->form());
    tab->newEntity();
    type(form->nameEdit(), u"Bucharest"_s);
    QVERIFY(tab->save());
    QVERIFY(tab->currentId() != 0);
    QVERIFY(m_controller->undo());
    QCOMPARE(tab->currentId(), 0);
    QCOMPARE(entryCount(tab), 0);
    QCOMPARE(form->nameEdit()->text(), QString());
    QVERIFY(m_controller->redo());
    QCOMPARE(entryCount(tab), 1);
}

void TestLibrary::readOnlyCannotEdit()
{
    m_controller->closeDocument();
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    QVERIFY(m_controller->openDocument(m_path));
    EntityTab *tab = shown(m_dock->actors());
    QCOMPARE(entryCount(tab), 3); // browsable
    tab->select(m_ids.lavrov.value);
    QVERIFY(!tab->form()->isEnabled());
    QVERIFY(!tab->saveButton()->isEnabled());
    QVERIFY(!tab->deleteButton()->isEnabled());
    QVERIFY(!tab->removeCurrent());
    QVERIFY(!m_dock->titleEdit()->isEnabled());
    QVERIFY(m_controller->document()->actor(m_ids.lavrov));
}

void TestLibrary::countryCodes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"countries.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"3166-1": [{"alpha_2": "RU", "alpha_3": "RUS", "name": "Russian Federation"},
                              {"alpha_3": "BOL", "name": "Bolivia, Plurinational State of", "common_name": "Bolivia"},
                              {"alpha_3": "XX", "name": "too short"}, 7]})");
    file.close();
    const CountryCodes codes = CountryCodes::fromFile(path);
    QVERIFY(codes.contains(u"RUS"_s));
    QCOMPARE(codes.name(u"BOL"_s), u"Bolivia"_s);
    QVERIFY(!codes.contains(u"XX"_s));
    QCOMPARE(codes.entries(), (QStringList{u"BOL — Bolivia"_s, u"RUS — Russia"_s})); // the everyday name, which ISO lacks
    QVERIFY(CountryCodes::fromFile(dir.filePath(u"missing.json"_s)).isEmpty());

    CountryField field(codes, nullptr);
    field.lineEdit()->setText(u"RUS — Russia"_s); // a whole completion entry
    QCOMPARE(field.code(), u"RUS"_s);
    QVERIFY(field.problem().isEmpty());
    field.lineEdit()->setText(u"FRA"_s); // not in this list
    QVERIFY(!field.problem().isEmpty());
    // Picking a completion: the code only, and the form hears of it.
    QSignalSpy edited(&field, &CountryField::edited);
    QCompleter *completer = field.lineEdit()->completer();
    QVERIFY(completer);
    Q_EMIT completer->activated(u"BOL — Bolivia"_s);
    QCOMPARE(field.lineEdit()->text(), u"BOL"_s);
    QCOMPARE(edited.size(), 1);
    QVERIFY(field.problem().isEmpty());
    if (CountryCodes::system().isEmpty())
        QSKIP("the iso-codes package is not installed");
    QVERIFY(CountryCodes::system().contains(u"FRA"_s));
}

QTEST_MAIN(TestLibrary)
#include "tst_library.moc"
