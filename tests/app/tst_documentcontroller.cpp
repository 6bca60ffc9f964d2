// DocumentController: open/new/close, failures reported (never a crash, never a modal box in
// tests), the current event, the bundled sample, and the recent-files list.
#include "app/gui/documentcontroller.h"
#include "app/gui/recentfiles.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestDocumentController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void opensAndCloses();
    void displayNameFallsBackToFileName();
    void openFailureIsReported_data();
    void openFailureIsReported();
    void replacedDocumentOutlivesTheSwitch_data();
    void replacedDocumentOutlivesTheSwitch();
    void newDocument();
    void currentEvent();
    void sampleIsMaterialisedOnce();
    void recentFiles_data();
    void recentFiles();
    void recentFileLabels_data();
    void recentFileLabels();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_fixturePath;
    QStringList m_errors;
    std::unique_ptr<DocumentController> m_controller;
};

void TestDocumentController::initTestCase()
{
    useTestSettings(u"tst_documentcontroller"_s);
    QVERIFY(m_dir.isValid());
    m_fixturePath = path(u"fixture.dateline"_s);
    TestDocument::create(m_fixturePath); // closed again when the fixture goes out of scope
}

void TestDocumentController::init()
{
    m_errors.clear();
    m_controller = std::make_unique<DocumentController>();
    m_controller->setErrorReporter([this](const QString &title, const QString &message) {
        m_errors.append(title + u'\n' + message);
    });
}

void TestDocumentController::opensAndCloses()
{
    QSignalSpy opened(m_controller.get(), &DocumentController::documentOpened);
    QSignalSpy changed(m_controller.get(), &DocumentController::documentChanged);
    QSignalSpy closed(m_controller.get(), &DocumentController::documentClosed);

    QVERIFY(!m_controller->hasDocument());
    QVERIFY(m_controller->openDocument(m_fixturePath));
    QVERIFY(m_controller->hasDocument());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), m_fixturePath);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_controller->displayName(), u"Moscow, March 2008"_s);
    QCOMPARE(m_controller->document()->events().size(), size_t(5));

    m_controller->closeDocument();
    QVERIFY(!m_controller->hasDocument());
    QCOMPARE(closed.size(), 1);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_controller->displayName(), QString());
    QVERIFY(m_errors.isEmpty());
}

void TestDocumentController::displayNameFallsBackToFileName()
{
    QVERIFY(m_controller->newDocument(path(u"untitled-notes.dateline"_s)));
    QCOMPARE(m_controller->displayName(), u"untitled-notes.dateline"_s);
}

void TestDocumentController::openFailureIsReported_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("contents"); // null: do not create the file
    QTest::addColumn<bool>("foreignSqlite");
    QTest::newRow("missing file") << u"missing.dateline"_s << QByteArray() << false;
    QTest::newRow("text file") << u"notes.dateline"_s << QByteArray("just some notes\n") << false;
    QTest::newRow("binary garbage") << u"garbage.dateline"_s << QByteArray(4096, '\xA5') << false;
    QTest::newRow("other SQLite database") << u"other.sqlite"_s << QByteArray() << true;
}

void TestDocumentController::openFailureIsReported()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, contents);
    QFETCH(bool, foreignSqlite);
    const QString badPath = path(fileName);
    if (!contents.isNull()) {
        QFile file(badPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    if (foreignSqlite) {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(badPath).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE birds(name TEXT)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }

    QVERIFY(m_controller->openDocument(m_fixturePath));
    QSignalSpy changed(m_controller.get(), &DocumentController::documentChanged);
    QVERIFY(!m_controller->openDocument(badPath));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(fileName), qPrintable(m_errors.first()));
    // The document that was open stays open and nothing was announced.
    QVERIFY(m_controller->hasDocument());
    QCOMPARE(m_controller->document()->path(), m_fixturePath);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_controller->recentFiles().files().contains(badPath));
}

void TestDocumentController::replacedDocumentOutlivesTheSwitch_data()
{
    QTest::addColumn<bool>("atOpened"); // else at documentChanged
    QTest::newRow("documentOpened") << true;
    QTest::newRow("documentChanged") << false;
}

// Views hold the document they show until documentChanged reaches them, and slots of
// documentOpened may make them read it (the filter is cleared and the table filtered again): the
// replaced document was destroyed before both, and the table read freed memory.
void TestDocumentController::replacedDocumentOutlivesTheSwitch()
{
    QFETCH(bool, atOpened);
    const QString other = path(u"replacing-%1.dateline"_s.arg(atOpened));
    TestDocument::create(other);
    QVERIFY(m_controller->openDocument(m_fixturePath));
    const Document *replaced = m_controller->document();
    bool checked = false;
    const auto check = [&] {
        // While its connection is open the -wal file stays; the last one to close removes it.
        QVERIFY(QFile::exists(m_fixturePath + u"-wal"_s));
        QCOMPARE(replaced->events().size(), size_t(5));
        checked = true;
    };
    if (atOpened)
        connect(m_controller.get(), &DocumentController::documentOpened, this, check);
    else
        connect(m_controller.get(), &DocumentController::documentChanged, this, check);
    QVERIFY(m_controller->openDocument(other));
    QVERIFY(checked);
    disconnect(m_controller.get(), nullptr, this, nullptr);
    QVERIFY(!QFile::exists(m_fixturePath + u"-wal"_s)); // closed once the switch is over
    QCOMPARE(m_controller->document()->path(), other);
}

void TestDocumentController::newDocument()
{
    const QString fresh = path(u"fresh.dateline"_s);
    QVERIFY(m_controller->newDocument(fresh));
    QVERIFY(QFile::exists(fresh));
    QCOMPARE(m_controller->document()->events().size(), size_t(0));
    m_controller->closeDocument();

    // Never overwrites: creating over an existing file fails with a message.
    QVERIFY(!m_controller->newDocument(m_fixturePath));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(!m_controller->hasDocument());
    QVERIFY(m_controller->openDocument(m_fixturePath));
    QCOMPARE(m_controller->document()->events().size(), size_t(5));
}

void TestDocumentController::currentEvent()
{
    QSignalSpy current(m_controller.get(), &DocumentController::currentEventChanged);
    QVERIFY(m_controller->openDocument(m_fixturePath));
    const EventId first = m_controller->document()->events().front().id;

    m_controller->setCurrentEvent(first);
    m_controller->setCurrentEvent(first); // no repeat signal
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().first().value<EventId>(), first);
    QCOMPARE(m_controller->currentEvent(), first);

    // Another document (or none) clears the selection: ids are per document.
    QVERIFY(m_controller->newDocument(path(u"other.dateline"_s)));
    QCOMPARE(m_controller->currentEvent(), EventId());
    QCOMPARE(current.size(), 2);
}

void TestDocumentController::sampleIsMaterialisedOnce()
{
    const QString samplePath = DocumentController::samplePath();
    QVERIFY2(samplePath.contains(u".qttest"_s), qPrintable(samplePath)); // test mode: not the user's data
    QFile::remove(samplePath);

    QVERIFY(m_controller->openSample());
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QVERIFY(QFile::exists(samplePath));
    QVERIFY(m_controller->document()->events().size() >= 5);
    QVERIFY(!m_controller->document()->quotes().empty());

    // The user's edits persist: a second start opens the same file instead of re-creating it.
    m_controller->document()->setTitle(u"My annotated sample"_s);
    m_controller->closeDocument();
    QVERIFY(m_controller->openSample());
    QCOMPARE(m_controller->displayName(), u"My annotated sample"_s);
    m_controller->closeDocument();
    QFile::remove(samplePath);
}

void TestDocumentController::recentFileLabels_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("names differ") << QStringList{u"/home/a/short.dateline"_s, u"/home/a/long.dateline"_s}
                                  << QStringList{u"short.dateline"_s, u"long.dateline"_s};
    QTest::newRow("same name, other folder")
        << QStringList{u"/home/a/reports/2008/short.dateline"_s, u"/home/a/reports/2009/short.dateline"_s,
                       u"/home/a/long.dateline"_s}
        << QStringList{u"short.dateline — 2008"_s, u"short.dateline — 2009"_s, u"long.dateline"_s};
    QTest::newRow("same last folder")
        << QStringList{u"/home/a/reports/2008/short.dateline"_s, u"/home/a/drafts/2008/short.dateline"_s}
        << QStringList{u"short.dateline — reports/2008"_s, u"short.dateline — drafts/2008"_s};
    QTest::newRow("one is higher up")
        << QStringList{u"/reports/short.dateline"_s, u"/x/reports/short.dateline"_s}
        << QStringList{u"short.dateline — /reports"_s, u"short.dateline — /x/reports"_s};
    QTest::newRow("three of one name")
        << QStringList{u"/a/2008/t.dateline"_s, u"/b/2008/t.dateline"_s, u"/b/2009/t.dateline"_s}
        << QStringList{u"t.dateline — /a/2008"_s, u"t.dateline — /b/2008"_s, u"t.dateline — /b/2009"_s};
}

// Two short.dateline files in different folders looked the same in File > Open Recent.
void TestDocumentController::recentFileLabels()
{
    QFETCH(QStringList, paths);
    QFETCH(QStringList, labels);
    QCOMPARE(dateline::recentFileLabels(paths), labels);
}

void TestDocumentController::recentFiles_data()
{
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("deleted");   // how many of the first added files are deleted afterwards
    QTest::addColumn<int>("expected");
    QTest::newRow("a few") << 3 << 0 << 3;
    QTest::newRow("capped at ten") << 14 << 0 << RecentFiles::kMaxEntries;
    QTest::newRow("missing files pruned") << 5 << 2 << 3;
}

void TestDocumentController::recentFiles()
{
    QFETCH(int, added);
    QFETCH(int, deleted);
    QFETCH(int, expected);
    RecentFiles recent(u"testRecent"_s);
    recent.clear();
    QStringList paths;
    for (int i = 0; i < added; ++i) {
        paths.append(path(u"recent-%1.dateline"_s.arg(i)));
        QFile file(paths.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        recent.add(paths.last());
    }
    for (int i = 0; i < deleted; ++i)
        QVERIFY(QFile::remove(paths.at(i)));

    const QStringList files = recent.files();
    QCOMPARE(files.size(), expected);
    QCOMPARE(files.first(), paths.last()); // most recent first

    // Re-adding moves an entry to the top without duplicating it.
    recent.add(files.last());
    QCOMPARE(recent.files().size(), expected);
    QCOMPARE(recent.files().first(), files.last());
    recent.remove(files.last());
    QVERIFY(!recent.files().contains(files.last()));
    for (const QString &p : std::as_const(paths))
        QFile::remove(p);
}

QTEST_GUILESS_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
