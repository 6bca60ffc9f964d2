// Document::saveCopy: the copy is a complete document (same native JSON, journal included), it works
// from read-only documents, and it never overwrites anything.
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/nativejson.h"
#include "core/io/sample.h"
#include "core/store/document.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class TestStoreCopy : public QObject {
    Q_OBJECT
private slots:
    void init();
    void copyMatches_data();
    void copyMatches();
    void copyKeepsJournal();
    void refusesExistingPath_data();
    void refusesExistingPath();
    void refusesUnwritableFolder();
    void refusesInsideBulkEdit();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_original;
    QString m_sampleTitle;
};

void TestStoreCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_original = m_dir->filePath(u"original.dateline"_s);
    QString error;
    auto doc = createSampleDocument(m_original, &error);
    QVERIFY2(doc, qPrintable(error));
    m_sampleTitle = doc->title();
    Editor editor(*doc);
    commands::setTitle(editor, u"Copied – “2+2”"_s); // non-ASCII survives
}

void TestStoreCopy::copyMatches_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("name");
    QTest::newRow("read-write") << false << u"copy.dateline"_s;
    QTest::newRow("read-only") << true << u"copy of read-only.dateline"_s;
    QTest::newRow("uri-like name") << false << u"file:copy?mode=ro"_s;
}

void TestStoreCopy::copyMatches()
{
    QFETCH(bool, readOnly);
    QFETCH(QString, name);
    if (readOnly)
        QVERIFY(QFile::setPermissions(m_original, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray originalHash = hashOf(m_original);
    const QString copyPath = m_dir->filePath(name);
    QString error;
    auto doc = Document::open(m_original, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->isReadOnly(), readOnly);
    const QByteArray json = exportNativeJson(*doc);
    doc->saveCopy(copyPath);
    if (readOnly)
        QCOMPARE(hashOf(m_original), originalHash);

    auto copy = Document::open(copyPath, OpenMode::ReadWrite, &error);
    QVERIFY2(copy, qPrintable(error));
    QVERIFY(!copy->isReadOnly()); // the point of a copy: it can be edited
    QCOMPARE(exportNativeJson(*copy), json);
    QCOMPARE(copy->title(), u"Copied – “2+2”"_s);
    Editor editor(*copy);
    commands::setTitle(editor, u"Edited copy"_s);
    QCOMPARE(doc->title(), u"Copied – “2+2”"_s); // the original did not change
    QFile::setPermissions(m_original, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestStoreCopy::copyKeepsJournal()
{
    QString error;
    auto doc = Document::open(m_original, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    const qint64 steps = doc->journalSize();
    QVERIFY(steps >= 1);
    const QString copyPath = m_dir->filePath(u"journal.dateline"_s);
    doc->saveCopy(copyPath);
    auto copy = Document::open(copyPath, OpenMode::ReadWrite, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->journalSize(), steps);
    Editor editor(*copy);
    QVERIFY(editor.canUndo());
    editor.undo(); // the title change, made before the copy
    QCOMPARE(copy->title(), m_sampleTitle);
    QCOMPARE(doc->title(), u"Copied – “2+2”"_s);
}

void TestStoreCopy::refusesExistingPath_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("file") << u"file"_s;
    QTest::newRow("empty file") << u"empty"_s;
    QTest::newRow("folder") << u"folder"_s;
    QTest::newRow("itself") << u"itself"_s;
}

void TestStoreCopy::refusesExistingPath()
{
    QFETCH(QString, what);
    QString target = m_dir->filePath(u"taken.dateline"_s);
    if (what == u"file") {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
    } else if (what == u"empty") {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (what == u"folder") {
        QVERIFY(QDir(m_dir->path()).mkdir(u"taken.dateline"_s));
    } else {
        target = m_original;
    }
    const QByteArray before = hashOf(target);
    QString error;
    auto doc = Document::open(m_original, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    try {
        doc->saveCopy(target);
        QFAIL("saveCopy overwrote an existing path");
    } catch (const StoreError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(u"already exists"_s), e.what());
    }
    QCOMPARE(hashOf(target), before);
    QVERIFY(QFileInfo::exists(target));
}

void TestStoreCopy::refusesUnwritableFolder()
{
    QString error;
    auto doc = Document::open(m_original, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    const QString target = m_dir->filePath(u"no/such/folder/copy.dateline"_s);
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->saveCopy(target));
    QVERIFY(!QFileInfo::exists(target));
}

void TestStoreCopy::refusesInsideBulkEdit()
{
    QString error;
    auto doc = Document::open(m_original, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    const QString target = m_dir->filePath(u"bulk.dateline"_s);
    {
        Document::BulkEdit bulk(*doc);
        QVERIFY_THROWS_EXCEPTION(StoreError, doc->saveCopy(target));
    }
    QVERIFY(!QFileInfo::exists(target));
    doc->saveCopy(target); // fine once the edit is over
    QVERIFY(QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "tst_storecopy.moc"
