// EntityPicker: picking by name, offering creation of a new name, reverting, long lists.
#include "app/gui/inspector/entitypicker.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestEntityPicker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void enterResolvesTheTypedName_data();
    void enterResolvesTheTypedName();
    void escapeAndLeavingRevert();
    void longListsAreFilteredAsYouType();
    void renamedItemsShowTheirNewName();
    void searchResultsAreListedAsFound();
};

namespace {

std::vector<EntityPicker::Item> places()
{
    return {{1, u"Moscow"_s, u"RUS"_s}, {2, u"Sochi"_s}, {3, u"Washington, D.C."_s, u"USA"_s}};
}

void typeInto(EntityPicker &picker, const QString &text)
{
    picker.setFocus(Qt::OtherFocusReason);
    picker.selectAll();
    QTest::keyClicks(&picker, text);
}

} // namespace

void TestEntityPicker::enterResolvesTheTypedName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("picked");  // -1: nothing picked
    QTest::addColumn<QString>("created"); // empty: no creation asked
    QTest::newRow("exact") << u"Sochi"_s << qint64(2) << QString();
    QTest::newRow("any case, outer spaces") << u"  moscow "_s << qint64(1) << QString();
    QTest::newRow("new name") << u"Minsk"_s << qint64(-1) << u"Minsk"_s;
    QTest::newRow("part of a name is new") << u"Wash"_s << qint64(-1) << u"Wash"_s;
}

void TestEntityPicker::enterResolvesTheTypedName()
{
    QFETCH(QString, text);
    QFETCH(qint64, picked);
    QFETCH(QString, created);
    EntityPicker picker;
    QAbstractItemModelTester tester(picker.entityCompleter()->model());
    picker.setItems(places());
    picker.setCreateLabel(u"Create place “%1”"_s);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QSignalSpy pickedSpy(&picker, &EntityPicker::picked);
    QSignalSpy createSpy(&picker, &EntityPicker::createRequested);
    typeInto(picker, text);
    QTest::keyClick(&picker, Qt::Key_Return);
    QCOMPARE(pickedSpy.size(), picked < 0 ? 0 : 1);
    if (picked >= 0) {
        QCOMPARE(pickedSpy.front().front().toLongLong(), picked);
        QCOMPARE(picker.currentId(), picked);
    }
    QCOMPARE(createSpy.size(), created.isEmpty() ? 0 : 1);
    if (!created.isEmpty())
        QCOMPARE(createSpy.front().front().toString(), created);
}

void TestEntityPicker::escapeAndLeavingRevert()
{
    EntityPicker picker;
    picker.setItems(places());
    picker.setCurrentId(1);
    QCOMPARE(picker.text(), u"Moscow"_s);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QSignalSpy pickedSpy(&picker, &EntityPicker::picked);
    typeInto(picker, u"Sochi"_s);
    picker.entityCompleter()->popup()->hide(); // as the first Esc would
    QTest::keyClick(&picker, Qt::Key_Escape);
    QCOMPARE(picker.text(), u"Moscow"_s);
    QCOMPARE(pickedSpy.size(), 0);

    // Without creation, an unknown name is not kept when the field is resolved.
    typeInto(picker, u"Atlantis"_s);
    picker.resolve();
    QCOMPARE(picker.text(), u"Moscow"_s);
    QCOMPARE(picker.currentId(), qint64(1));
    QCOMPARE(pickedSpy.size(), 0);

    // With creation, an unknown name asks to be created instead (Enter, leaving the field, or the
    // form's commit): never dropped without a word.
    picker.setCreateLabel(u"Create place “%1”"_s);
    QSignalSpy createSpy(&picker, &EntityPicker::createRequested);
    typeInto(picker, u"Atlantis"_s);
    picker.resolve();
    QCOMPARE(createSpy.size(), 1);
    QCOMPARE(createSpy.front().front().toString(), u"Atlantis"_s);
    QCOMPARE(pickedSpy.size(), 0);
    picker.setCreateLabel(QString());
    picker.revert();

    // Clearing the field picks nothing.
    picker.clear();
    picker.setModified(true);
    picker.resolve();
    QCOMPARE(pickedSpy.size(), 1);
    QCOMPARE(pickedSpy.front().front().toLongLong(), qint64(0));
}

void TestEntityPicker::longListsAreFilteredAsYouType()
{
    std::vector<EntityPicker::Item> many;
    for (int i = 1; i <= 20000; ++i)
        many.push_back({i, u"Actor %1"_s.arg(i)});
    EntityPicker picker;
    QAbstractItemModelTester tester(picker.entityCompleter()->model());
    picker.setItems(std::move(many));
    QVERIFY(picker.entityCompleter()->model()->rowCount() <= 500);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    typeInto(picker, u"Actor 1999"_s);
    const QAbstractItemModel *model = picker.entityCompleter()->model();
    QCOMPARE(model->rowCount(), 11); // "Actor 1999" and "Actor 19990".."Actor 19999"
    QSignalSpy pickedSpy(&picker, &EntityPicker::picked);
    QTest::keyClick(&picker, Qt::Key_Return);
    QCOMPARE(picker.currentId(), qint64(1999));
}

void TestEntityPicker::renamedItemsShowTheirNewName()
{
    EntityPicker picker;
    picker.setItems(places());
    picker.setCurrentId(2);
    std::vector<EntityPicker::Item> renamed = places();
    renamed[1].name = u"Sochi (Krasnodar Krai)"_s;
    picker.setItems(renamed);
    QCOMPARE(picker.text(), u"Sochi (Krasnodar Krai)"_s);
    const QAbstractItemModel *model = picker.entityCompleter()->model();
    QCOMPARE(model->index(1, 0).data(Qt::UserRole + 2).toString(), u"Sochi (Krasnodar Krai)"_s);
}

// A search may find rows by more than their name (sources by URL): all of them are listed, and the
// row that offers creation only when the typed text names none of them.
void TestEntityPicker::searchResultsAreListedAsFound()
{
    EntityPicker picker;
    QAbstractItemModelTester tester(picker.entityCompleter()->model());
    picker.setSearch([](const QString &text) {
        std::vector<EntityPicker::Item> found;
        for (int i = 1; i <= 3; ++i) {
            const QString url = u"https://news.example.com/story-65%1.html"_s.arg(i);
            if (url.contains(text) || text == u"news.example.com")
                found.push_back({i, u"news.example.com"_s, url});
        }
        return found;
    });
    picker.setCreateLabel(u"Create source “%1”"_s);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    const QAbstractItemModel *listed = picker.entityCompleter()->completionModel();

    typeInto(picker, u"story-65"_s);
    QTRY_VERIFY(picker.entityCompleter()->popup()->isVisible());
    QCOMPARE(listed->rowCount(), 4); // three found by URL, then "Create source “story-65”"
    QCOMPARE(listed->index(0, 0).data().toString(), u"news.example.com — https://news.example.com/story-651.html"_s);
    QCOMPARE(listed->index(3, 0).data().toString(), u"Create source “story-65”"_s);

    typeInto(picker, u"news.example.com"_s); // a name that exists: nothing to create
    QCOMPARE(listed->rowCount(), 3);
    QTRY_VERIFY(picker.entityCompleter()->popup()->isVisible());
    QTest::keyClick(picker.entityCompleter()->popup(), Qt::Key_Down);
    QTest::keyClick(picker.entityCompleter()->popup(), Qt::Key_Down);
    QSignalSpy pickedSpy(&picker, &EntityPicker::picked);
    QTest::keyClick(picker.entityCompleter()->popup(), Qt::Key_Return);
    QCOMPARE(pickedSpy.size(), 1);
    QCOMPARE(picker.currentId(), qint64(2)); // the row highlighted, not the first of that name
}

QTEST_MAIN(TestEntityPicker)
#include "tst_entitypicker.moc"
