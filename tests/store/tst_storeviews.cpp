// Saved views and date bookmarks in the store (schema v4) and the v3 -> v4 migration.
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/schema.h"
#include "core/store/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

SavedView view(const QString &name, const QString &palette = {})
{
    SavedView v;
    v.name = name;
    v.palette = palette;
    v.grouping = LaneGrouping::Country;
    v.visibleFrom = 1'200'000'000;
    v.visibleTo = 1'210'000'000;
    v.filter.tags = {u"summit"_s};
    v.filter.minReliability = u'B';
    return v;
}

QStringList names(const std::vector<SavedView> &views)
{
    QStringList result;
    for (const SavedView &v : views)
        result << v.name;
    return result;
}

// A v3 file as v3 code wrote it.
QString makeV3(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Database db(path, Database::Access::Create);
    Transaction transaction(db);
    schema::createVersion(db, 3);
    db.exec("INSERT INTO events(id, title, created, updated) VALUES (1, 'kept', '', '')");
    transaction.commit();
    return path;
}

} // namespace

class TestStoreViews : public QObject {
    Q_OBJECT
private slots:
    void viewsKeepOrderAndPersist();
    void renameAndRemove();
    void refusals();
    void bookmarks();
    void damagedDefinitionIsLeftOut();
    void migrateV3();
    void readOnlyV3HasNoViews();

private:
    QTemporaryDir m_dir;
};

void TestStoreViews::viewsKeepOrderAndPersist()
{
    const QString path = m_dir.filePath(u"order.dateline"_s);
    {
        auto doc = Document::create(path, nullptr);
        QVERIFY(doc);
        doc->putSavedView(view(u"Zeta"_s));
        doc->putSavedView(view(u"Alpha"_s));
        doc->putSavedView(view(u"Mid"_s));
        doc->putSavedView(view(u"Zeta"_s, u"print"_s)); // replaces in place
        QCOMPARE(names(doc->savedViews()), QStringList({u"Zeta"_s, u"Alpha"_s, u"Mid"_s}));
    }
    auto doc = Document::open(path, OpenMode::ReadWrite, nullptr);
    QVERIFY(doc);
    QCOMPARE(names(doc->savedViews()), QStringList({u"Zeta"_s, u"Alpha"_s, u"Mid"_s}));
    QCOMPARE(*doc->savedView(u"Zeta"_s), view(u"Zeta"_s, u"print"_s));
    QCOMPARE(*doc->savedView(u"Alpha"_s), view(u"Alpha"_s));
    QVERIFY(!doc->savedView(u"alpha"_s)); // exact names
}

void TestStoreViews::renameAndRemove()
{
    auto doc = Document::createInMemory();
    doc->putSavedView(view(u"A"_s));
    doc->putSavedView(view(u"B"_s));
    doc->putSavedView(view(u"C"_s));
    doc->renameSavedView(u"A"_s, u"D"_s);
    QCOMPARE(names(doc->savedViews()), QStringList({u"D"_s, u"B"_s, u"C"_s}));
    QCOMPARE(doc->savedView(u"D"_s)->filter, view(u"A"_s).filter);
    doc->removeSavedView(u"B"_s);
    doc->removeSavedView(u"nothing"_s);
    QCOMPARE(names(doc->savedViews()), QStringList({u"D"_s, u"C"_s}));
    doc->putSavedView(view(u"E"_s));
    QCOMPARE(names(doc->savedViews()), QStringList({u"D"_s, u"C"_s, u"E"_s}));
}

void TestStoreViews::refusals()
{
    auto doc = Document::createInMemory();
    doc->putSavedView(view(u"A"_s));
    doc->putSavedView(view(u"B"_s));
    const qint64 revision = doc->revision();
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->renameSavedView(u"A"_s, u"B"_s));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->renameSavedView(u"missing"_s, u"X"_s));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->renameSavedView(u"A"_s, u" "_s));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->putSavedView(view(QString())));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->putSavedView(view(u" padded"_s)));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->putBookmark({u"no date"_s, FuzzyDate()}));
    QCOMPARE(names(doc->savedViews()), QStringList({u"A"_s, u"B"_s}));
    QCOMPARE(doc->revision(), revision);
}

void TestStoreViews::bookmarks()
{
    auto doc = Document::createInMemory();
    const DateBookmark bucharest{u"Bucharest"_s, FuzzyDate::fromEdtf(u"2008-04-02/2008-04-04"_s)};
    const DateBookmark sochi{u"Sochi"_s, FuzzyDate::fromEdtf(u"2008-04-06"_s)};
    doc->putBookmark(sochi);
    doc->putBookmark(bucharest);
    QCOMPARE(doc->bookmarks(), (std::vector<DateBookmark>{sochi, bucharest}));
    doc->renameBookmark(u"Sochi"_s, u"Sochi summit"_s);
    QCOMPARE(doc->bookmark(u"Sochi summit"_s)->date, sochi.date);
    doc->removeBookmark(u"Bucharest"_s);
    QCOMPARE(doc->bookmarks().size(), size_t(1));
    doc->restoreBookmarks({bucharest, sochi});
    QCOMPARE(doc->bookmarks(), (std::vector<DateBookmark>{bucharest, sochi}));
}

void TestStoreViews::damagedDefinitionIsLeftOut()
{
    auto doc = Document::createInMemory();
    doc->putSavedView(view(u"good"_s));
    doc->database().exec("INSERT INTO saved_views(name, position, definition) VALUES ('bad', 5, '{\"grouping\":7}');"
                         "INSERT INTO saved_views(name, position, definition) VALUES ('worse', 6, 'not json');"
                         "INSERT INTO date_bookmarks(name, position, date_edtf) VALUES ('b', 0, 'no date')");
    QCOMPARE(names(doc->savedViews()), QStringList({u"good"_s}));
    QVERIFY(!doc->savedView(u"bad"_s));
    QVERIFY(doc->bookmarks().empty());
}

void TestStoreViews::migrateV3()
{
    const QString path = makeV3(m_dir, u"v3.dateline"_s);
    {
        QString error;
        auto doc = Document::open(path, OpenMode::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->info().schemaVersion, schema::kCurrentVersion);
        QCOMPARE(doc->event(EventId(1))->title, u"kept"_s);
        QVERIFY(doc->savedViews().empty());
        doc->putSavedView(view(u"after upgrade"_s));
    }
    Database db(path, Database::Access::ReadOnly);
    QCOMPARE(db.pragma("user_version"), std::int64_t(schema::kCurrentVersion));
    QVERIFY(schema::check(db).problem == schema::Problem::None);
}

void TestStoreViews::readOnlyV3HasNoViews()
{
    const QString path = makeV3(m_dir, u"v3-ro.dateline"_s);
    QString error;
    auto doc = Document::open(path, OpenMode::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->info().schemaVersion, 3);
    QVERIFY(doc->savedViews().empty());
    QVERIFY(doc->bookmarks().empty());
    QVERIFY(!doc->savedView(u"x"_s));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->putSavedView(view(u"x"_s)));
}

QTEST_GUILESS_MAIN(TestStoreViews)
#include "tst_storeviews.moc"
