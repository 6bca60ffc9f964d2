// Document::open on files it must refuse, read-only files and locked files. Every refusal must
// leave the file byte for byte unchanged and no -wal/-shm files behind.
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/schema.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool hasSideFiles(const QString &path)
{
    return QFile::exists(path + u"-wal"_s) || QFile::exists(path + u"-shm"_s)
        || QFile::exists(path + u"-journal"_s);
}

// A real document with enough events to span many pages.
void makeDocument(const QString &path, int events = 3000)
{
    QString error;
    auto doc = Document::create(path, &error);
    if (!doc)
        qFatal("create failed: %s", qPrintable(error));
    Document::BulkEdit bulk(*doc);
    for (int i = 0; i < events; ++i) {
        Event e;
        e.title = u"Event number %1 with some words in its title"_s.arg(i);
        e.date = FuzzyDate::fromEdtf(u"2008-03-%1"_s.arg(1 + i % 28, 2, 10, QLatin1Char('0')));
        doc->addEvent(e);
    }
    bulk.commit();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

void rawSql(const QString &path, const char *sql)
{
    Database db(path, Database::Access::Create);
    db.exec(sql);
}

void overwrite(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    file.write(QByteArray(length, '\x5a'));
}

// Whether another process sees a lock on the file: asked from a forked child, since the locks of
// one process never conflict with each other. The child makes system calls only.
bool lockedForOtherProcesses(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(name.constData(), O_RDWR);
        struct flock probe = {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET; // l_start = l_len = 0: the whole file
        const bool locked = fd >= 0 && ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
        ::_exit(locked ? 0 : 1);
    }
    int status = 1;
    return child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

class TestStoreOpen : public QObject {
    Q_OBJECT
private slots:
    void refuses_data();
    void refuses();
    void readOnlyMode_data();
    void readOnlyMode();
    void lockedFile();
    void unreadableFile();
    void secondOpenKeepsTheFirstOnesLocks_data();
    void secondOpenKeepsTheFirstOnesLocks();

private:
    QTemporaryDir m_dir;
};

void TestStoreOpen::refuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    const QString notSqlite = u"is not a Dateline document (it is not an SQLite database)"_s;
    QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("folder") << u"folder"_s << u"is a folder"_s;
    QTest::newRow("empty file") << u"empty"_s << notSqlite;
    QTest::newRow("text file") << u"text"_s << notSqlite;
    QTest::newRow("png header") << u"png"_s << notSqlite;
    QTest::newRow("other sqlite") << u"other"_s << u"made by another program"_s;
    QTest::newRow("other sqlite, wal") << u"otherwal"_s << u"made by another program"_s;
    QTest::newRow("empty sqlite") << u"emptysqlite"_s << u"is not a Dateline document"_s;
    QTest::newRow("newer schema") << u"newer"_s
                                  << u"made by a newer version of Dateline (schema 99); this version reads up to %1"_s.arg(schema::kCurrentVersion);
    QTest::newRow("no meta row") << u"nometa"_s << u"damaged"_s;
    QTest::newRow("foreign trigger") << u"trigger"_s << u"trigger"_s;
    QTest::newRow("missing table") << u"notable"_s << u"damaged"_s;
    QTest::newRow("header overwritten") << u"header"_s << notSqlite;
    QTest::newRow("schema page overwritten") << u"page1"_s << u"damaged"_s;
    QTest::newRow("data page overwritten") << u"page"_s << u"damaged"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"damaged"_s;
}

void TestStoreOpen::refuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(kind + u".dateline"_s);
    if (kind == u"missing") {
        // nothing to make
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"empty") {
        writeBytes(path, {});
    } else if (kind == u"text") {
        writeBytes(path, QByteArray("date,title\n2008-03-17,talks\n").repeated(20));
    } else if (kind == u"png") {
        writeBytes(path, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, '\0'));
    } else if (kind == u"other") {
        rawSql(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    } else if (kind == u"otherwal") {
        rawSql(path, "PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    } else if (kind == u"emptysqlite") {
        rawSql(path, "PRAGMA user_version = 1"); // a valid header and nothing else
    } else if (kind == u"newer") {
        makeDocument(path, 10);
        rawSql(path, "PRAGMA user_version = 99");
    } else if (kind == u"nometa") {
        makeDocument(path, 10);
        rawSql(path, "DELETE FROM meta");
    } else if (kind == u"trigger") {
        makeDocument(path, 10);
        rawSql(path, "CREATE TRIGGER evil AFTER INSERT ON events BEGIN DELETE FROM actors; END");
    } else if (kind == u"notable") {
        makeDocument(path, 10);
        rawSql(path, "DROP TABLE relations");
    } else {
        makeDocument(path);
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 40 * 4096);
        if (kind == u"header")
            overwrite(path, 0, 16);
        else if (kind == u"page1")
            overwrite(path, 100, 4000);
        else if (kind == u"page")
            overwrite(path, 20 * 4096, 4096);
        else if (kind == u"truncated")
            QVERIFY(QFile::resize(path, size / 2));
    }
    const QByteArray before = hashOf(path);
    QVERIFY(!hasSideFiles(path));
    const bool existed = QFileInfo::exists(path);

    QString error;
    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY(!doc);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error)); // says which file
    QCOMPARE(hashOf(path), before);
    QCOMPARE(QFileInfo::exists(path), existed); // a missing file is not created
    QVERIFY(!hasSideFiles(path));
}

void TestStoreOpen::readOnlyMode_data()
{
    QTest::addColumn<bool>("chmod");
    QTest::addColumn<QString>("name");
    QTest::newRow("OpenMode::ReadOnly") << false << u"ro-mode.dateline"_s;
    QTest::newRow("file without write permission") << true << u"ro-chmod.dateline"_s;
    QTest::newRow("URI characters in the name") << true << u"ro ?#%41 é.dateline"_s;
}

void TestStoreOpen::readOnlyMode()
{
    QFETCH(bool, chmod);
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    makeDocument(path, 50);
    if (chmod)
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = hashOf(path);
    {
        QString error;
        auto doc = Document::open(path, chmod ? OpenMode::ReadWrite : OpenMode::ReadOnly, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->isReadOnly());
        QCOMPARE(doc->info().events, 50);
        QCOMPARE(doc->events().size(), size_t(50));
        try {
            doc->addEvent(Event{});
            QFAIL("a read-only document accepted a write");
        } catch (const StoreError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(u"read-only"_s), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, doc->setTitle(u"x"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, [&doc] { Document::BulkEdit bulk(*doc); }());
        // Even the raw connection refuses to write.
        QVERIFY_THROWS_EXCEPTION(StoreError, doc->database().exec("DELETE FROM events"));
    }
    QCOMPARE(hashOf(path), before);
    QVERIFY(!hasSideFiles(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestStoreOpen::lockedFile()
{
    const QString path = m_dir.filePath(u"locked.dateline"_s);
    makeDocument(path, 10);
    const QByteArray before = hashOf(path);
    {
        // Another program holds an exclusive lock (exclusive locking mode keeps it after the write).
        Database other(path, Database::Access::ReadWrite);
        other.exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE meta SET value = value; COMMIT");
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto doc = Document::open(path, OpenMode::ReadWrite, &error);
        const qint64 waited = timer.elapsed();
        QVERIFY(!doc);
        QVERIFY2(error.contains(u"being used by another program"_s), qPrintable(error));
        QVERIFY2(waited >= 1500 && waited < 6000, QByteArray::number(waited));
    }
    // The other program's connection is gone: our open now succeeds, and it did not change data.
    QString error;
    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->info().events, 10);
    doc.reset();
    Q_UNUSED(before);
}

void TestStoreOpen::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("root can read files without read permission");
    const QString path = m_dir.filePath(u"unreadable.dateline"_s);
    makeDocument(path, 10);
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QString error;
    QVERIFY(!Document::open(path, OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(u"cannot be read"_s), qPrintable(error));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestStoreOpen::secondOpenKeepsTheFirstOnesLocks_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

// The app opens its document more than once (the window, the timeline's worker, the search). The
// first connection's locks tell other programs the file is in use: had a later open dropped them,
// another program closing the file would take it for the last user, checkpoint it and delete the
// -wal file the window still reads ("database disk image is malformed" at a million events).
void TestStoreOpen::secondOpenKeepsTheFirstOnesLocks()
{
    QFETCH(bool, readOnly);
    const QString path = m_dir.filePath(u"twice.dateline"_s);
    QFile::remove(path);
    makeDocument(path, 10);
    QString error;
    auto first = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->info().events, 10);
    QVERIFY(lockedForOtherProcesses(path));
    {
        auto second = Document::open(path, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->info().events, 10);
    }
    QVERIFY(lockedForOtherProcesses(path));
    QCOMPARE(first->info().events, 10);
}

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_storeopen.moc"
