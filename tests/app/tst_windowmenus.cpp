// The window's menus: each Alt+letter reaches one item, Open Recent tells same names apart, file
// dialogs start where the user works, Help > Keyboard Shortcuts lists every key and Help > User
// Guide finds the documentation.
#include "app/gui/documentcontroller.h"
#include "app/gui/mainwindow.h"
#include "app/gui/shortcutsdialog.h"
#include "app/gui/userguide.h"
#include "testdocument.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestWindowMenus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fileDialogsStartWhereTheUserWorks();
    void menuMnemonicsAreUnique();
    void openRecentTellsSameNamesApart();
    void shortcutsListTheWindowsKeys();
    void helpOpensTheUserGuide();

private:
    QTemporaryDir m_dir;
    QString m_fixturePath;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowMenus::initTestCase()
{
    useTestSettings(u"tst_windowmenus"_s);
    QVERIFY(m_dir.isValid());
    m_fixturePath = m_dir.filePath(u"fixture.dateline"_s);
    TestDocument::create(m_fixturePath);
}

void TestWindowMenus::init()
{
    m_controller = std::make_unique<DocumentController>();
    m_controller->setErrorReporter([](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + u'\n' + message));
    });
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_controller->openDocument(m_fixturePath));
}

void TestWindowMenus::cleanup()
{
    m_window.reset();
    m_controller.reset();
}

void TestWindowMenus::fileDialogsStartWhereTheUserWorks()
{
    const QString key = u"files/lastDirectory"_s;
    QCOMPARE(QSettings().value(key).toString(), QFileInfo(m_fixturePath).absolutePath()); // opened in init()
    QSettings().remove(key);
    QVERIFY(m_controller->openSample());
    QVERIFY(QSettings().value(key).toString().isEmpty());
    QVERIFY(m_controller->openDocument(m_fixturePath));
    QCOMPARE(QSettings().value(key).toString(), QFileInfo(m_fixturePath).absolutePath());
}

namespace {

// The letter after a single '&' ("&&" is a literal ampersand); a null QChar when there is none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

// "Edit: Undo and Duplicate Events share U" for each clash among a menu's items.
QStringList mnemonicClashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList clashes;
    QHash<QChar, QString> taken;
    for (QAction *action : actions) {
        const QChar letter = mnemonic(action->text());
        if (action->isSeparator() || !action->isVisible() || letter.isNull())
            continue;
        const QString name = QString(action->text()).remove(u'&');
        if (taken.contains(letter))
            clashes << u"%1: %2 and %3 share %4"_s.arg(where, taken.value(letter), name, letter.toUpper());
        else
            taken.insert(letter, name);
    }
    return clashes;
}

} // namespace

// Alt+letter must reach one item: Edit had Undo and Duplicate on U, Filter and Find on F.
void TestWindowMenus::menuMnemonicsAreUnique()
{
    // Every menu of the window, its submenus and the filter bar's, items enabled or not.
    QStringList clashes = mnemonicClashes(u"menu bar"_s, m_window->menuBar()->actions());
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        Q_EMIT menu->aboutToShow(); // menus filled as they open (Open Recent, + Filter)
        const QString title = QString(menu->title()).remove(u'&');
        clashes += mnemonicClashes(title.isEmpty() ? u"a popup menu"_s : title, menu->actions());
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

// Two short.dateline files in different folders looked the same in File > Open Recent.
void TestWindowMenus::openRecentTellsSameNamesApart()
{
    QStringList paths;
    for (const QString &folder : {u"reports/2008"_s, u"reports/2009"_s}) {
        QVERIFY(QDir(m_dir.path()).mkpath(folder));
        paths << m_dir.filePath(folder + u"/short.dateline"_s);
        QFile::remove(paths.last());
        QVERIFY(QFile::copy(m_fixturePath, paths.last()));
        m_controller->recentFiles().add(paths.last());
    }
    QMenu *recent = nullptr;
    for (QAction *action : m_window->menuBar()->actions().first()->menu()->actions())
        if (action->text() == u"Open &Recent"_s)
            recent = action->menu();
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    const QList<QAction *> entries = recent->actions();
    QCOMPARE(entries.at(0)->text(), u"&1 short.dateline — 2009"_s); // most recent first
    QCOMPARE(entries.at(1)->text(), u"&2 short.dateline — 2008"_s);
    QCOMPARE(entries.at(0)->statusTip(), QDir::toNativeSeparators(paths.at(1)));
}

// Help > Keyboard Shortcuts lists the window's keys from its own actions: by menu, each once.
void TestWindowMenus::shortcutsListTheWindowsKeys()
{
    ShortcutsDialog dialog(m_window.get());
    const QTableWidget *table = dialog.table();
    QVERIFY(table->rowCount() > 10);
    QSet<QString> seen;
    bool find = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString where = table->item(r, 0)->text(), command = table->item(r, 1)->text(), keys = table->item(r, 2)->text();
        QVERIFY2(!command.isEmpty() && !keys.isEmpty(), qPrintable(where + u" / "_s + command));
        QVERIFY2(!command.contains(u'&') || command.contains(u" & "_s), qPrintable(command)); // no mnemonics
        QVERIFY2(!seen.contains(command + u'\n' + keys), qPrintable(command + u": listed twice"_s));
        seen.insert(command + u'\n' + keys);
        if (command.startsWith(u"Find"_s) && where == u"Edit"_s)
            find = find || keys.split(u", "_s).contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    }
    QVERIFY(find);
}

// Help > User Guide (F1) opens docs/app.md: beside the installed app (tests/install checks that
// layout), else in the source tree, as here. Not triggered: it would start the desktop's viewer.
void TestWindowMenus::helpOpensTheUserGuide()
{
    QMenu *help = m_window->menuBar()->actions().last()->menu();
    QVERIFY(help);
    QCOMPARE(help->title(), u"&Help"_s);
    const QAction *guide = m_window->findChild<QAction *>(u"userGuide"_s);
    QVERIFY(guide);
    QVERIFY(help->actions().contains(guide));
    QCOMPARE(guide->text(), u"&User Guide"_s);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));

    const QStringList candidates = UserGuide::candidates();
    QCOMPARE(candidates.size(), 2);
    QVERIFY2(candidates.first().endsWith(u"/share/doc/dateline/docs/app.md"_s), qPrintable(candidates.first()));
    const QString path = UserGuide::path();
    QVERIFY2(QFileInfo(path).isFile(), qPrintable(candidates.join(u", "_s)));
    QVERIFY(path.endsWith(u"docs/app.md"_s));
    QFile guideFile(path);
    QVERIFY(guideFile.open(QIODevice::ReadOnly));
    QVERIFY(guideFile.readLine().startsWith("# Using the app"));
    QCOMPARE(UserGuide::path({m_dir.filePath(u"missing/app.md"_s)}), QString()); // then a message says where
}

QTEST_MAIN(TestWindowMenus)
#include "tst_windowmenus.moc"
