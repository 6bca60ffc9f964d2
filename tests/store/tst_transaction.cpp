// Transactions after SQLite rolled one back whole on its own (a disk full in the middle of a bulk
// edit): a caller that goes on must not write half of the edit.
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <optional>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestTransaction : public QObject {
    Q_OBJECT
private slots:
    void goingOnAfterALostTransaction_data();
    void goingOnAfterALostTransaction();
    void nestingStillWorks();
};

namespace {

Event titled(const QString &title, int descriptionLength = 0)
{
    Event e;
    e.title = title;
    e.date = FuzzyDate::fromEdtf(u"2008-04-06"_s);
    for (int i = 0; i < descriptionLength; ++i) // words, so that the search index grows too
        e.description += u"w%1 "_s.arg(i * 7919 % 100003);
    return e;
}

} // namespace

void TestTransaction::goingOnAfterALostTransaction_data()
{
    QTest::addColumn<bool>("nested");
    QTest::newRow("in the bulk edit") << false;
    QTest::newRow("in a transaction inside it") << true;
}

void TestTransaction::goingOnAfterALostTransaction()
{
    QFETCH(bool, nested);
    QTemporaryDir dir;
    QString error;
    auto doc = Document::create(dir.filePath(u"full.dateline"_s), &error);
    QVERIFY2(doc, qPrintable(error));
    doc->addEvent(titled(u"kept"_s));
    const qint64 revision = doc->revision();
    Database &db = doc->database();
    db.exec("PRAGMA max_page_count = " + QByteArray::number(db.pragma("page_count") + 8));
    {
        Document::BulkEdit bulk(*doc);
        std::optional<Transaction> inner;
        if (nested)
            inner.emplace(db);
        // Events until the file is full: SQLite then rolls back the whole transaction.
        bool full = false;
        for (int i = 0; i < 200 && !full; ++i) {
            try {
                doc->addEvent(titled(u"lost %1"_s.arg(i), 400));
            } catch (const StoreError &e) {
                full = true;
                QCOMPARE(e.sqliteCode() & 0xff, SQLITE_FULL);
            }
        }
        QVERIFY(full);
        QVERIFY(!db.inTransaction());
        // Room again: a caller going on would now write what follows on its own, and commit it.
        db.exec("PRAGMA max_page_count = 1073741823");
        QVERIFY_THROWS_EXCEPTION(StoreError, doc->addEvent(titled(u"half"_s)));
        QVERIFY_THROWS_EXCEPTION(StoreError, Transaction{db});
        if (inner)
            QVERIFY_THROWS_EXCEPTION(StoreError, inner->commit());
        inner.reset();
        QVERIFY_THROWS_EXCEPTION(StoreError, bulk.commit());
        QVERIFY(!db.inTransaction());
    }
    // Nothing of the edit is in the file, not even the revision it would have counted.
    QCOMPARE(doc->events().size(), std::size_t(1));
    QCOMPARE(doc->events().front().title, u"kept"_s);
    QCOMPARE(doc->revision(), revision);
    // Once the transactions are gone, edits go on as before.
    doc->addEvent(titled(u"after"_s));
    QCOMPARE(doc->events().size(), std::size_t(2));
    QVERIFY(!db.inTransaction());
}

void TestTransaction::nestingStillWorks()
{
    // A failed inner transaction undoes itself only; the outer one commits the rest.
    QTemporaryDir dir;
    QString error;
    auto doc = Document::create(dir.filePath(u"nest.dateline"_s), &error);
    QVERIFY2(doc, qPrintable(error));
    Database &db = doc->database();
    {
        Transaction outer(db);
        doc->addEvent(titled(u"outer"_s));
        {
            Transaction inner(db);
            doc->addEvent(titled(u"inner"_s));
        } // rolled back
        Transaction committed(db);
        doc->addEvent(titled(u"committed"_s));
        committed.commit();
        outer.commit();
    }
    QStringList titles;
    for (const Event &e : doc->events())
        titles.append(e.title);
    titles.sort();
    QCOMPARE(titles, QStringList({u"committed"_s, u"outer"_s}));
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
