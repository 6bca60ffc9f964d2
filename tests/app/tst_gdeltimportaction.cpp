// File > Import GDELT Events…: the import runs through its own connection, is one undoable step,
// and the window reloads; a file that is not GDELT imports nothing and says why.
#include "../io/gdeltrows.h"
#include "app/gui/documentcontroller.h"
#include "app/gui/gdeltimport.h"
#include "core/edit/editor.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestGdeltImport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { useTestSettings(u"tst_gdeltimportaction"_s); }
    void importsOneUndoableStep();
    void badFileImportsNothing();
};

void TestGdeltImport::importsOneUndoableStep()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(u"t.dateline"_s);
    TestDocument::create(doc);
    QByteArray rows;
    for (int i = 1; i <= 3; ++i) {
        gdelttest::Row r;
        r.id = 1000 + i;
        r.date = "2025010" + QByteArray::number(i);
        rows += gdelttest::line(r) + '\n';
    }
    const QString file = dir.filePath(u"20250103.export.CSV"_s);
    QVERIFY(gdelttest::writeFile(file, rows));

    DocumentController controller;
    QString reported;
    controller.setErrorReporter([&](const QString &, const QString &message) { reported = message; });
    QVERIFY(controller.openDocument(doc));
    const qint64 before = controller.document()->info().events;
    QVERIFY2(importGdeltFiles(nullptr, &controller, {file}), qPrintable(reported));
    QCOMPARE(controller.document()->info().events, before + 3);
    QCOMPARE(controller.editor()->undoLabel(), u"Import \u201c20250103.export.CSV\u201d"_s);
    QVERIFY(controller.undo());
    QCOMPARE(controller.document()->info().events, before);
}

void TestGdeltImport::badFileImportsNothing()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(u"t.dateline"_s);
    TestDocument::create(doc);
    const QString file = dir.filePath(u"notes.csv"_s);
    QVERIFY(gdelttest::writeFile(file, "title,date\nTalks,2008-03-17\n"));
    DocumentController controller;
    QString reported;
    controller.setErrorReporter([&](const QString &, const QString &message) { reported = message; });
    QVERIFY(controller.openDocument(doc));
    const qint64 before = controller.document()->info().events;
    QVERIFY(!importGdeltFiles(nullptr, &controller, {file}));
    QVERIFY2(reported.contains(u"Nothing was imported"_s), qPrintable(reported));
    QCOMPARE(controller.document()->info().events, before);
    QVERIFY(!controller.editor()->canUndo());
}

QTEST_MAIN(TestGdeltImport)
#include "tst_gdeltimportaction.moc"
