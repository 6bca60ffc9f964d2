// The import dialog (column mapping with a preview, then the rejected-rows report) and the
// background import job it hands its choices to.
#include "app/gui/documentcontroller.h"
#include "app/gui/importactions.h"
#include "app/gui/importdialog.h"
#include "app/gui/mainwindow.h"
#include "app/gui/importjob.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

#include <atomic>
#include <functional>
#include <thread>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kCsv = "Headline,Start Date,End Date,Location,Notes\r\n"
                        "2+2 meeting,2008-03-17,2008-03-18,Moscow,\"two days, <b>four</b> ministers\"\r\n"
                        "Bad row,31/02/2008,,,\r\n"
                        "Sochi summit,6 Apr 2008,,Sochi,\r\n"
                        "No title row?,,,,\r\n";
constexpr ImportDialog::OpenDocument kWritable = ImportDialog::OpenDocument::Writable;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { useTestSettings(u"tst_importdialog"_s); }
    void previewShowsFirstRowsAndGuessedMapping();
    void previewIsPlainText();
    void previewReadsMixedEncodingsAsTheImport();
    void delimiterChangeRereads();
    void mappingFollowsTheCombos();
    void workbookPreviewAndRowNumbers();
    void workbookSheetChoice();
    void reportListsRejectedRows_data();
    void reportListsRejectedRows();
    void targetFollowsTheOpenDocument_data();
    void targetFollowsTheOpenDocument();
    void readOnlyDocumentIsNoTargetThroughWindow();
    void enterImports();
    void jobWritesGoodRowsIntoExistingDocument();
    void jobAllOrNothingLeavesFileByteIdentical();
    void jobRemovesFailedNewDocument();
    void actionsImportIntoOpenDocument_data();
    void actionsImportIntoOpenDocument();
    void actionsBackFromReportToSettings();
    void importMessageCounts_data();
    void importMessageCounts();
    void jobInterruptedMidWriteWritesNothing();
    void droppedDatelineFileOpens();
    void screenshot();

private:
    // File > Import… of input (written to a file named inputName) into a new document of five
    // events opened in a main window; each modal import dialog is handed to answer() with the
    // number of dialogs seen before it. Returns the document's events afterwards, or -1; status
    // (when given) receives the status bar's message.
    int importThroughWindow(const QString &documentName, const QByteArray &input, const QString &inputName,
                            const std::function<void(ImportDialog *, int)> &answer, int *answered,
                            QString *status = nullptr);

    QTemporaryDir m_dir;
    QStringList m_messages; // message boxes importThroughWindow saw (and closed)
};

void TestImportDialog::previewShowsFirstRowsAndGuessedMapping()
{
    ImportDialog dialog(u"events.csv"_s, kCsv, *dataFormat(u"csv"), kWritable);
    QTableWidget *preview = dialog.previewTable();
    QVERIFY(preview);
    QCOMPARE(preview->columnCount(), 5);
    QCOMPARE(preview->rowCount(), 1 + 4); // the field menus, then the data rows
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), u"Headline"_s);
    QCOMPARE(preview->item(1, 0)->text(), u"2+2 meeting"_s);
    QCOMPARE(preview->item(3, 1)->text(), u"6 Apr 2008"_s);
    const QStringList expected{u"Title"_s, u"Date"_s, u"End date"_s, u"Place"_s, u"Description"_s};
    for (int c = 0; c < 5; ++c)
        QCOMPARE(dialog.fieldCombo(c)->currentText(), expected[c]);
    QVERIFY(dialog.delimiterCombo()->itemText(0).contains(u"comma"_s));
    QCOMPARE(dialog.target(), ImportTarget::ExistingDocument);
}

void TestImportDialog::previewIsPlainText()
{
    ImportDialog dialog(u"events.csv"_s, kCsv, *dataFormat(u"csv"), kWritable);
    // Markup in a cell is shown as typed, never interpreted.
    QCOMPARE(dialog.previewTable()->item(1, 4)->text(), u"two days, <b>four</b> ministers"_s);
    QVERIFY(!dialog.previewTable()->item(1, 4)->toolTip().contains(u"<b>"_s));
}

// A Windows-1252 file with a row appended in UTF-8: the preview shows each row as the import reads
// it ("Café", not "CafÃ©", which it showed while the import was right).
void TestImportDialog::previewReadsMixedEncodingsAsTheImport()
{
    const QByteArray mixed = "title,date\nCaf\xe9 talks,2008-03-17\nCaf\xc3\xa9 summit,2008-03-18\nFa\xe7" "ade,2008-03-19\n";
    ImportDialog dialog(u"events.csv"_s, mixed, *dataFormat(u"csv"), kWritable);
    QTableWidget *preview = dialog.previewTable();
    QCOMPARE(preview->item(1, 0)->text(), u"Café talks"_s);
    QCOMPARE(preview->item(2, 0)->text(), u"Café summit"_s);
    QCOMPARE(preview->item(3, 0)->text(), u"Façade"_s);
    QVERIFY(dialog.encodingCombo()->itemText(0).contains(u"Windows-1252"_s));
}

void TestImportDialog::delimiterChangeRereads()
{
    ImportDialog dialog(u"events.csv"_s, kCsv, *dataFormat(u"csv"), kWritable);
    QComboBox *delimiter = dialog.delimiterCombo();
    delimiter->setCurrentIndex(delimiter->findData(u";"_s));
    QCOMPARE(dialog.previewTable()->columnCount(), 1);
    QVERIFY(!dialog.readOptions().csv.mapping->has(CsvField::Title)); // "Headline,Start Date,..." is no title
    delimiter->setCurrentIndex(0);
    QCOMPARE(dialog.previewTable()->columnCount(), 5);
}

void TestImportDialog::mappingFollowsTheCombos()
{
    ImportDialog dialog(u"events.csv"_s, kCsv, *dataFormat(u"csv"), kWritable);
    QComboBox *notes = dialog.fieldCombo(4);
    notes->setCurrentIndex(notes->findData(int(CsvField::Tags)));
    QComboBox *headline = dialog.fieldCombo(0);
    headline->setCurrentIndex(headline->findData(int(CsvField::Ignore)));
    const CsvMapping mapping = *dialog.readOptions().csv.mapping;
    QCOMPARE(mapping.field(4), CsvField::Tags);
    QVERIFY(!mapping.has(CsvField::Title));
    // Without a title column, titles are made of tags (or actors, a description, a CAMEO code);
    // without those either the Import button is disabled.
    auto importEnabled = [&dialog] {
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == u"&Import"_s)
                return b->isEnabled();
        return false;
    };
    QVERIFY(importEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"mappingHint"_s)->text().startsWith(u"No column holds a title"_s));
    notes->setCurrentIndex(notes->findData(int(CsvField::Ignore)));
    QVERIFY(!importEnabled());
    notes->setCurrentIndex(notes->findData(int(CsvField::Tags)));
    QComboBox *order = dialog.dayOrderCombo();
    order->setCurrentIndex(order->findData(int(DayOrder::DayFirst)));
    QCOMPARE(dialog.readOptions().csv.dayOrder, std::optional(DayOrder::DayFirst));
    // Two-digit years are refused until a century is chosen, and the choice says so in plain words
    // (it read "Refused").
    QCOMPARE(dialog.readOptions().csv.twoDigitYearsFrom, 0);
    QComboBox *years = dialog.twoDigitYearsCombo();
    QCOMPARE(years->currentText(), u"Not accepted (write 2008, not 08)"_s);
    years->setCurrentIndex(years->findData(1930));
    QCOMPARE(years->currentText(), u"1930–2029 (as Excel)"_s);
    QCOMPARE(dialog.readOptions().csv.twoDigitYearsFrom, 1930);
}

void TestImportDialog::workbookPreviewAndRowNumbers()
{
    const QByteArray xlsx = fileBytes(QStringLiteral(DATELINE_SHOT_XLSX));
    QVERIFY(!xlsx.isEmpty());
    ImportDialog dialog(u"excel.xlsx"_s, xlsx, *dataFormat(u"xlsx"), kWritable);
    QTableWidget *preview = dialog.previewTable();
    QVERIFY(preview);
    // The header row is the sheet's third (a title above it); dates read as ISO.
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), u"Title"_s);
    QCOMPARE(preview->item(1, 0)->text(), u"2+2 talks"_s);
    QCOMPARE(preview->item(1, 1)->text(), u"2008-03-17"_s);
    QCOMPARE(dialog.fieldCombo(1)->currentText(), u"Date"_s);
    QVERIFY(dialog.delimiterCombo()->isHidden()); // a workbook has no encoding or delimiter
    const DataReadOptions options = dialog.readOptions();
    const ImportedContent imported = dataFormat(u"xlsx")->read(xlsx, options);
    QCOMPARE(imported.content.events.size(), size_t(5));
    dialog.showReport(imported);
    QCOMPARE(dialog.reportTable()->horizontalHeaderItem(0)->text(), u"Row"_s);
    QCOMPARE(dialog.reportTable()->item(0, 0)->text(), u"7"_s); // the spreadsheet's row
}

// A workbook of several sheets offers them; another sheet is converted and previewed with its own
// columns, and the read takes the sheet shown.
void TestImportDialog::workbookSheetChoice()
{
    const QByteArray oneSheet = "[{\"title\": \"Talks\", \"date\": \"2008-03-17\"}]";
    QVERIFY(!ImportDialog(u"events.json"_s, oneSheet, *dataFormat(u"records"), kWritable).sheetCombo()); // nothing to choose
    const QByteArray xlsx = fileBytes(QStringLiteral(DATELINE_COVER_XLSX));
    ImportDialog dialog(u"cover-sheet.xlsx"_s, xlsx, *dataFormat(u"xlsx"), kWritable);
    QComboBox *sheets = dialog.sheetCombo();
    QVERIFY(sheets);
    QCOMPARE(sheets->count(), 3);
    QCOMPARE(sheets->currentText(), u"Events"_s); // the first with a title and a date, not the cover
    QCOMPARE(dialog.previewTable()->horizontalHeaderItem(0)->text(), u"Event"_s);
    QCOMPARE(dialog.previewTable()->item(1, 0)->text(), u"Talks"_s);

    sheets->setCurrentIndex(sheets->findText(u"About"_s));
    QCOMPARE(dialog.previewTable()->horizontalHeaderItem(0)->text(), u"About this workbook"_s);
    QCOMPARE(dialog.previewTable()->columnCount(), 1);
    QCOMPARE(dialog.readOptions().csv.sheet, u"About"_s);
    QVERIFY(dataFormat(u"xlsx")->read(xlsx, dialog.readOptions()).fatal); // no title or date column

    sheets->setCurrentIndex(sheets->findText(u"Events"_s));
    QCOMPARE(dialog.previewTable()->columnCount(), 2);
    QCOMPARE(dialog.fieldCombo(1)->currentText(), u"Date"_s);
    const ImportedContent imported = dataFormat(u"xlsx")->read(xlsx, dialog.readOptions());
    QCOMPARE(imported.content.events.size(), size_t(1));
    QCOMPARE(imported.content.events[0].title, u"Talks"_s);
}

void TestImportDialog::reportListsRejectedRows_data()
{
    QTest::addColumn<bool>("goodRows");
    QTest::newRow("import the good rows") << true;
    QTest::newRow("import nothing") << false;
}

void TestImportDialog::reportListsRejectedRows()
{
    QFETCH(bool, goodRows);
    ImportDialog dialog(u"events.csv"_s, kCsv, *dataFormat(u"csv"), kWritable);
    const ImportedContent imported = readCsv(kCsv, dialog.readOptions().csv);
    QCOMPARE(imported.rejected.size(), size_t(1));
    dialog.showReport(imported);
    QTableWidget *report = dialog.reportTable();
    QCOMPARE(report->rowCount(), 1);
    QCOMPARE(report->item(0, 0)->text(), u"3"_s);
    QCOMPARE(report->item(0, 1)->text(), u"date \"31/02/2008\": February 2008 has no day 31"_s);
    QCOMPARE(dialog.importGoodRowsButton()->text(), u"Import the &good rows (3)"_s);
    QTimer::singleShot(0, &dialog, [&] {
        (goodRows ? dialog.importGoodRowsButton() : dialog.importNothingButton())->click();
    });
    const int result = dialog.exec();
    QCOMPARE(result, goodRows ? int(QDialog::Accepted) : int(QDialog::Rejected));
    QCOMPARE(dialog.policy(), goodRows ? ImportPolicy::ImportGoodRows : ImportPolicy::ImportNothing);
}

void TestImportDialog::targetFollowsTheOpenDocument_data()
{
    QTest::addColumn<ImportDialog::OpenDocument>("open");
    QTest::addColumn<bool>("intoOpenOffered");
    QTest::newRow("none") << ImportDialog::OpenDocument::None << false;
    QTest::newRow("writable") << ImportDialog::OpenDocument::Writable << true;
    QTest::newRow("read-only") << ImportDialog::OpenDocument::ReadOnly << false; // was offered, and failed
}

void TestImportDialog::targetFollowsTheOpenDocument()
{
    QFETCH(ImportDialog::OpenDocument, open);
    QFETCH(bool, intoOpenOffered);
    ImportDialog dialog(u"events.csv"_s, kCsv, *dataFormat(u"csv"), open);
    const ImportTarget expected = intoOpenOffered ? ImportTarget::ExistingDocument : ImportTarget::NewDocument;
    QCOMPARE(dialog.target(), expected);
    dialog.setTarget(ImportTarget::ExistingDocument); // not possible without a writable document
    QCOMPARE(dialog.target(), expected);
    QRadioButton *intoOpen = nullptr;
    for (QRadioButton *b : dialog.findChildren<QRadioButton *>())
        if (b->text() == u"the &open document"_s)
            intoOpen = b;
    QVERIFY(intoOpen);
    QCOMPARE(intoOpen->isEnabled(), intoOpenOffered);
    // A read-only document says why it cannot be chosen.
    QCOMPARE(intoOpen->toolTip().contains(u"read-only"_s), open == ImportDialog::OpenDocument::ReadOnly);
}

// File > Import… with a read-only document open chooses a new document.
void TestImportDialog::readOnlyDocumentIsNoTargetThroughWindow()
{
    const QString path = m_dir.filePath(u"readonly.dateline"_s);
    TestDocument::create(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QString inputPath = m_dir.filePath(u"readonly-input.csv"_s);
    QFile file(inputPath);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(kCsv) == kCsv.size());
    file.close();
    DocumentController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openDocument(path));
    QVERIFY(controller.isReadOnly());
    std::optional<ImportTarget> offered;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        offered = dialog->target();
        dialog->reject();
    });
    timer.start(20);
    window.findChild<ImportActions *>()->importFile(inputPath);
    timer.stop();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(offered, std::optional<ImportTarget>(ImportTarget::NewDocument));
}

// Enter, from wherever focus starts, presses Import (it pressed Cancel: the dialog closed and
// nothing was imported).
void TestImportDialog::enterImports()
{
    ImportDialog dialog(u"events.csv"_s, kCsv, *dataFormat(u"csv"), kWritable);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QWidget *focus = dialog.focusWidget() ? dialog.focusWidget() : &dialog;
    QTest::keyClick(focus, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
}

void TestImportDialog::jobWritesGoodRowsIntoExistingDocument()
{
    const QString path = m_dir.filePath(u"existing.dateline"_s);
    TestDocument::create(path);
    ImportedContent imported = readCsv(kCsv, {});
    const ImportWrite written = importjob::write(imported, u"fixture.csv"_s, path, ImportTarget::ExistingDocument,
                                                 ImportPolicy::ImportGoodRows, {});
    QVERIFY2(written.written, qPrintable(written.error));
    QCOMPARE(written.counts.events, 3);
    QString error;
    auto document = Document::open(path, OpenMode::ReadOnly, &error);
    QCOMPARE(document->info().events, 5 + 3);
}

void TestImportDialog::jobAllOrNothingLeavesFileByteIdentical()
{
    const QString path = m_dir.filePath(u"untouched.dateline"_s);
    TestDocument::create(path);
    const QByteArray before = fileBytes(path);
    ImportedContent imported = readCsv(kCsv, {});
    const ImportWrite written = importjob::write(imported, u"fixture.csv"_s, path, ImportTarget::ExistingDocument,
                                                 ImportPolicy::ImportNothing, {});
    QVERIFY(!written.written);
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s) || fileBytes(path + u"-wal"_s).isEmpty());
}

void TestImportDialog::jobRemovesFailedNewDocument()
{
    const QString path = m_dir.filePath(u"new.dateline"_s);
    ImportedContent imported = readCsv(kCsv, {});
    const ImportWrite cancelled = importjob::write(imported, u"fixture.csv"_s, path, ImportTarget::NewDocument, ImportPolicy::ImportGoodRows,
                                                   [](qint64, qint64) { return false; });
    QVERIFY(!cancelled.written);
    QVERIFY(!QFile::exists(path));
    const ImportWrite written = importjob::write(imported, u"fixture.csv"_s, path, ImportTarget::NewDocument, ImportPolicy::ImportGoodRows, {});
    QVERIFY(written.written);
    QVERIFY(QFile::exists(path));
}

void TestImportDialog::actionsImportIntoOpenDocument_data()
{
    QTest::addColumn<bool>("goodRows");
    QTest::addColumn<QString>("workbook"); // a workbook instead of the CSV text
    QTest::addColumn<int>("added");
    QTest::newRow("good rows") << true << QString() << 3;
    QTest::newRow("nothing") << false << QString() << 0;
    QTest::newRow("workbook, good rows") << true << QStringLiteral(DATELINE_SHOT_XLSX) << 5; // converted off the GUI thread
}

int TestImportDialog::importThroughWindow(const QString &documentName, const QByteArray &input, const QString &inputName,
                                          const std::function<void(ImportDialog *, int)> &answer, int *answered,
                                          QString *status)
{
    const QString path = m_dir.filePath(documentName);
    TestDocument::create(path);
    const QString inputPath = m_dir.filePath(inputName);
    QFile file(inputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
        return -1;
    file.close();
    DocumentController controller;
    QStringList errors;
    controller.setErrorReporter([&](const QString &, const QString &m) { errors << m; });
    MainWindow window(&controller);
    if (!controller.openDocument(path))
        return -1;
    auto *actions = window.findChild<ImportActions *>();
    if (!actions)
        return -1;
    QStringList menu;
    for (QAction *a : window.menuBar()->actions().first()->menu()->actions())
        menu << a->text();
    if (!menu.contains(u"&Import…"_s) || !menu.contains(u"Export &Data…"_s))
        return -1;

    *answered = 0;
    m_messages.clear();
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); box && box->isVisible()) {
            m_messages << box->text();
            box->accept();
            return;
        }
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        answer(dialog, (*answered)++);
    });
    timer.start(20);
    actions->importFile(inputPath);
    timer.stop();
    if (status)
        *status = window.statusBar()->currentMessage();
    if (!errors.isEmpty() || !controller.hasDocument())
        return -1;
    return int(controller.document()->info().events);
}

namespace {

void clickImport(ImportDialog *dialog)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == u"&Import"_s)
            b->click();
}

} // namespace

// The whole path behind File > Import…: dialog, reading on a worker thread, the report, the
// write through another connection and the reload; the dialogs are answered by a timer.
void TestImportDialog::actionsImportIntoOpenDocument()
{
    QFETCH(bool, goodRows);
    QFETCH(QString, workbook);
    QFETCH(int, added);
    const QString name = u"window-%1.dateline"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-');
    const QByteArray input = workbook.isEmpty() ? kCsv : fileBytes(workbook);
    int answered = 0;
    const int events = importThroughWindow(name, input, workbook.isEmpty() ? u"in.csv"_s : u"in.xlsx"_s,
                                           [&](ImportDialog *dialog, int) {
                                               if (!dialog->showingReport())
                                                   clickImport(dialog);
                                               else
                                                   (goodRows ? dialog->importGoodRowsButton() : dialog->importNothingButton())->click();
                                           }, &answered);
    QCOMPARE(answered, 2);
    QCOMPARE(events, 5 + added);
    // The document already has a "Sochi summit" on 6 April 2008: an import that adds it says so.
    if (added > 0) {
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.front().startsWith(u"1 of the %1 events imported has the same title and date"_s.arg(added)),
                 qPrintable(m_messages.front()));
    }
}

void TestImportDialog::importMessageCounts_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("status");
    QTest::newRow("one and one") << QByteArray("title,date\nTalks,2008-03-17\nBad,2008-02-30\n")
                                 << u"Imported 1 event from counts.csv (1 row left out)"_s;
    QTest::newRow("two and two") << QByteArray("title,date\nTalks,2008-03-17\nSummit,2008-04-06\nBad,2008-02-30\nWorse,x\n")
                                 << u"Imported 2 events from counts.csv (2 rows left out)"_s;
}

// The status bar said "Imported 1 events … (1 rows left out)".
void TestImportDialog::importMessageCounts()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, status);
    const QString name = u"counts-%1.dateline"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-');
    int answered = 0;
    QString message;
    importThroughWindow(name, input, u"counts.csv"_s, [&](ImportDialog *dialog, int) {
        if (!dialog->showingReport())
            clickImport(dialog);
        else
            dialog->importGoodRowsButton()->click();
    }, &answered, &message);
    QCOMPARE(message, status);
}

// After the report of refused rows, "Back" returns to the settings as they were; another
// setting reads the file again, and only the last reading is written.
void TestImportDialog::actionsBackFromReportToSettings()
{
    const QByteArray input = "title,date\n"
                             "Talks open,17/03/08\n"
                             "Talks close,18/03/08\n"
                             "Summit,6 April 2008\n";
    QStringList seen;
    int answered = 0;
    const int events = importThroughWindow(u"back.dateline"_s, input, u"short-years.csv"_s,
                                           [&](ImportDialog *dialog, int step) {
        if (step == 0) { // settings: two-digit years refused, as by default
            QCOMPARE(dialog->twoDigitYearsCombo()->currentData().toInt(), 0);
            clickImport(dialog);
        } else if (step == 1) { // the report: the two short dates refused; back
            QVERIFY(dialog->showingReport());
            seen << dialog->reportTable()->item(0, 1)->text();
            QCOMPARE(dialog->reportTable()->rowCount(), 2);
            dialog->backButton()->click();
        } else if (step == 2) { // the settings again, kept; read them as 2000–2099
            QVERIFY(!dialog->showingReport());
            QCOMPARE(dialog->twoDigitYearsCombo()->currentData().toInt(), 0);
            dialog->twoDigitYearsCombo()->setCurrentIndex(dialog->twoDigitYearsCombo()->findData(2000));
            clickImport(dialog);
        } else {
            QFAIL("no report expected once every row can be read");
        }
    }, &answered);
    QCOMPARE(answered, 3);
    QVERIFY2(seen.value(0).contains(u"two-digit"_s), qPrintable(seen.value(0)));
    QCOMPARE(events, 5 + 3);
}

// Cancel during the one long write: the transaction rolls back, the file is as it was.
void TestImportDialog::jobInterruptedMidWriteWritesNothing()
{
    const QString path = m_dir.filePath(u"interrupted.dateline"_s);
    TestDocument::create(path);
    QByteArray csv = "title,date,actors\n";
    for (int i = 0; i < 60000; ++i)
        csv += "event " + QByteArray::number(i) + ",2008-03-17,a" + QByteArray::number(i % 300) + "\n";
    ImportedContent imported = readCsv(csv, {});
    QCOMPARE(imported.content.events.size(), size_t(60000));
    WriteInterrupter interrupter;
    ImportWrite written;
    std::atomic<bool> done{false};
    std::thread worker([&] {
        written = importjob::write(imported, u"fixture.csv"_s, path, ImportTarget::ExistingDocument, ImportPolicy::ImportGoodRows, {},
                                   &interrupter);
        done = true;
    });
    QTest::qWait(50); // the document is open and the write under way
    while (!done) { // as the GUI does: repeat until the write stops
        interrupter.interrupt();
        QTest::qWait(20);
    }
    worker.join();
    QVERIFY2(!written.written, "the write finished before it could be interrupted");
    QCOMPARE(written.error, u"Cancelled; nothing was imported."_s);
    QString error;
    auto document = Document::open(path, OpenMode::ReadOnly, &error);
    QCOMPARE(document->info().events, 5);

    // Interrupted before it starts: it never starts, and a new document is not left behind.
    const QString fresh = m_dir.filePath(u"never-started.dateline"_s);
    WriteInterrupter early;
    early.interrupt();
    const ImportWrite none = importjob::write(imported, u"fixture.csv"_s, fresh, ImportTarget::NewDocument, ImportPolicy::ImportGoodRows, {}, &early);
    QVERIFY(!none.written);
    QVERIFY(!QFile::exists(fresh));
}

void TestImportDialog::droppedDatelineFileOpens()
{
    const QString first = m_dir.filePath(u"drop-first.dateline"_s), second = m_dir.filePath(u"drop-second.dateline"_s);
    TestDocument::create(first);
    TestDocument::create(second);
    DocumentController controller;
    controller.setErrorReporter([](const QString &, const QString &m) { QFAIL(qPrintable(m)); });
    MainWindow window(&controller);
    QVERIFY(controller.openDocument(first));
    QVERIFY(window.acceptDrops());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(second)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(controller.document()->path(), second);
    // Two files at once, or text, are not taken.
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

// Shows both steps on screen for a few seconds when DATELINE_SCREENSHOT is set (run under Xvfb
// and capture the screen meanwhile); skipped otherwise.
void TestImportDialog::screenshot()
{
    if (qEnvironmentVariableIsEmpty("DATELINE_SCREENSHOT"))
        QSKIP("set DATELINE_SCREENSHOT to show the dialog for a screen capture");
    // DATELINE_SHOT_FILE shows another file (a workbook, say) instead of the CSV fixture.
    const QString path = qEnvironmentVariable("DATELINE_SHOT_FILE", QStringLiteral(DATELINE_SHOT_CSV));
    const QByteArray data = fileBytes(path);
    const DataFormat *format = detectDataFormat(data, path);
    QVERIFY(format);
    const QString name = QFileInfo(path).fileName();
    ImportDialog settings(name, data, *format, kWritable);
    settings.move(10, 10);
    settings.resize(900, 470);
    settings.show();
    ImportDialog report(name, data, *format, kWritable);
    report.showReport(format->read(data, settings.readOptions()));
    report.move(10, 500);
    report.resize(900, 280);
    report.show();
    QTest::qWait(qEnvironmentVariableIntValue("DATELINE_SCREENSHOT") * 1000);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
