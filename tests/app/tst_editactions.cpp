// Edit > Undo / Redo follow the journal (text names the step, disabled when there is nothing or
// the document is read-only), File > Save a Copy…, and the read-only banner in the main window.
#include "app/gui/documentcontroller.h"
#include "app/gui/editactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/plainmessage.h"
#include "app/gui/readonlybanner.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/nativejson.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTextDocument>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestEditActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void followEdits();
    void labelsWithAmpersands();
    void readOnlyDisablesEverything();
    void saveCopy();
    void saveCopyRefusesExistingFile();
    void windowMenusAndBanner();
    void messagesArePlainText();

private:
    QTemporaryDir m_dir;
    QString m_path;
    TestDocument m_ids;
    QStringList m_errors;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<EditActions> m_actions;
};

void TestEditActions::initTestCase()
{
    useTestSettings(u"tst_editactions"_s);
    QVERIFY(m_dir.isValid());
}

void TestEditActions::init()
{
    static int n = 0;
    m_path = m_dir.filePath(u"doc%1.dateline"_s.arg(++n));
    m_ids = TestDocument::create(m_path);
    m_ids.document.reset();
    m_errors.clear();
    m_controller = std::make_unique<DocumentController>();
    m_controller->setErrorReporter([this](const QString &t, const QString &m) { m_errors << t + u'\n' + m; });
    m_actions = std::make_unique<EditActions>(nullptr, m_controller.get(), nullptr);
}

void TestEditActions::cleanup()
{
    m_actions.reset();
    m_controller.reset();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestEditActions::followEdits()
{
    QAction *undo = m_actions->undoAction();
    QAction *redo = m_actions->redoAction();
    QVERIFY(!undo->isEnabled()); // nothing open
    QVERIFY(!redo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));

    QVERIFY(m_controller->openDocument(m_path));
    QVERIFY(!undo->isEnabled()); // the fixture's journal is empty
    QCOMPARE(undo->text(), u"&Undo"_s);

    Event event = *m_controller->document()->event(m_ids.meeting);
    event.date = FuzzyDate::fromEdtf(u"2008-03-19"_s);
    QVERIFY(m_controller->edit([&](Editor &e) { commands::updateEvent(e, event); }));
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    const QString label = m_controller->editor()->undoLabel();
    QVERIFY(!label.isEmpty());
    QCOMPARE(undo->text(), u"&Undo "_s + label);
    QVERIFY2(label.contains(u"“2+2 meeting in Moscow”"_s), qPrintable(label));

    undo->trigger();
    QCOMPARE(m_controller->document()->event(m_ids.meeting)->date.toEdtf(), u"2008-03-17/2008-03-18"_s);
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), u"&Redo "_s + label);

    redo->trigger();
    QCOMPARE(m_controller->document()->event(m_ids.meeting)->date.toEdtf(), u"2008-03-19"_s);
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    m_controller->closeDocument();
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo"_s);
    QVERIFY(m_errors.isEmpty());
}

void TestEditActions::labelsWithAmpersands()
{
    QVERIFY(m_controller->openDocument(m_path));
    QVERIFY(m_controller->edit([](Editor &e) { commands::setTitle(e, u"Q&A"_s); }));
    QVERIFY2(m_actions->undoAction()->text().contains(u"Q&&A"_s), qPrintable(m_actions->undoAction()->text()));
    // The tooltip is HTML that shows the label literally (labels quote untrusted titles).
    QTextDocument shown;
    shown.setHtml(m_actions->undoAction()->toolTip());
    QVERIFY(shown.toPlainText().contains(u"Undo "_s + m_controller->editor()->undoLabel()));
    QVERIFY(shown.toPlainText().contains(u"Q&A"_s));
}

void TestEditActions::readOnlyDisablesEverything()
{
    // Some history first, so there would be something to undo.
    QVERIFY(m_controller->openDocument(m_path));
    QVERIFY(m_controller->edit([](Editor &e) { commands::setTitle(e, u"Edited"_s); }));
    m_controller->closeDocument();
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));

    QVERIFY(m_controller->openDocument(m_path));
    QVERIFY(m_controller->isReadOnly());
    QVERIFY(m_controller->document()->journalSize() > 0);
    QVERIFY(!m_actions->undoAction()->isEnabled());
    QVERIFY(!m_actions->redoAction()->isEnabled());
    QVERIFY(m_actions->saveCopyAction()->isEnabled()); // the way out of read-only
}

void TestEditActions::saveCopy()
{
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    QVERIFY(m_controller->openDocument(m_path));
    QVERIFY(m_controller->isReadOnly());
    const QByteArray json = exportNativeJson(*m_controller->document());
    const QString copy = m_dir.filePath(u"copy-%1.dateline"_s.arg(QFileInfo(m_path).baseName()));
    QVERIFY(m_actions->saveCopyTo(copy));
    QVERIFY(m_errors.isEmpty());
    QVERIFY(m_controller->openDocument(copy));
    QVERIFY(!m_controller->isReadOnly());
    QCOMPARE(exportNativeJson(*m_controller->document()), json);
    QVERIFY(m_controller->edit([](Editor &e) { commands::setTitle(e, u"Now editable"_s); }));
    QVERIFY(m_actions->undoAction()->isEnabled());
}

void TestEditActions::saveCopyRefusesExistingFile()
{
    QVERIFY(m_controller->openDocument(m_path));
    const QString taken = m_dir.filePath(u"taken.txt"_s);
    QFile file(taken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    QVERIFY(!m_actions->saveCopyTo(taken));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(u"already exists"_s), qPrintable(m_errors.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestEditActions::windowMenusAndBanner()
{
    MainWindow window(m_controller.get());
    auto menu = [&window](const QString &title) -> QMenu * {
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu() && a->text() == title)
                return a->menu();
        }
        return nullptr;
    };
    QMenu *edit = menu(u"&Edit"_s);
    QVERIFY(edit);
    QCOMPARE(edit->actions().value(0)->objectName(), u"undo"_s);
    QCOMPARE(edit->actions().value(1)->objectName(), u"redo"_s);
    bool saveCopyInFile = false;
    for (QAction *a : menu(u"&File"_s)->actions())
        saveCopyInFile |= a->objectName() == u"saveCopy";
    QVERIFY(saveCopyInFile);
    bool historyToggle = false;
    for (QAction *a : menu(u"&View"_s)->actions())
        historyToggle |= a->text() == u"&History";
    QVERIFY(historyToggle);
    QVERIFY(window.findChild<QDockWidget *>(u"historyDock"_s));

    window.show();
    auto *banner = window.findChild<ReadOnlyBanner *>();
    QVERIFY(banner);
    QVERIFY(m_controller->openDocument(m_path));
    QVERIFY(!banner->isVisible());
    m_controller->closeDocument();
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    QVERIFY(m_controller->openDocument(m_path));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), m_controller->readOnlyReason());
    QVERIFY(banner->text().contains(u"Save a Copy"_s));
    QVERIFY(banner->geometry().bottom() < window.centralWidget()->height() / 4); // above the views
}

// A message that quotes a file name ("The copy was saved as …") shows it as written: QMessageBox's
// static functions drew a name like "<b>x</b>.dateline" bold.
void TestEditActions::messagesArePlainText()
{
    const QString named = QStringLiteral("The copy was saved as \u201C<b>x</b>.dateline\u201D.\n\nOpen the copy now?");
    Qt::TextFormat format = Qt::AutoText;
    QString shown;
    QTimer::singleShot(0, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            format = box->textFormat();
            shown = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    const QMessageBox::StandardButton answer = showPlainMessage(
        nullptr, QMessageBox::Question, QStringLiteral("Copy saved"), named, QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    QCOMPARE(answer, QMessageBox::Cancel);
    QCOMPARE(format, Qt::PlainText);
    QCOMPARE(shown, named);
}

QTEST_MAIN(TestEditActions)
#include "tst_editactions.moc"
