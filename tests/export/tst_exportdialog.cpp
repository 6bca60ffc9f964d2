// The app's export: menu actions on the main window, the dialog's request, preview and
// remembered choices, Copy Image to the clipboard; the live view is never moved.
#include "app/gui/documentcontroller.h"
#include "app/gui/exportactions.h"
#include "app/gui/exportcontext.h"
#include "app/gui/exportdialog.h"
#include "app/gui/inspector/inspectordock.h"
#include "app/gui/mainwindow.h"
#include "app/gui/timelineview.h"
#include "core/io/sample.h"
#include "core/store/document.h"
#include "exportfixture.h"
#include "testdocument.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestExportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_exportdialog"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sample.dateline"));
        QString error;
        QVERIFY2(createSampleDocument(m_path, &error), qPrintable(error));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("export"));
        m_controller = std::make_unique<DocumentController>();
        m_window = std::make_unique<MainWindow>(m_controller.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_controller->openDocument(m_path));
        QTRY_VERIFY(m_window->timelineView()->index());
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
    }

    void menusHaveTheActions_data()
    {
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QString>("action");
        QTest::newRow("export") << QStringLiteral("&File") << QStringLiteral("&Export…");
        QTest::newRow("print") << QStringLiteral("&File") << QStringLiteral("&Print…");
        QTest::newRow("copy") << QStringLiteral("&Edit") << QStringLiteral("Copy &Image");
    }

    void menusHaveTheActions()
    {
        QFETCH(QString, menu);
        QFETCH(QString, action);
        QMenu *found = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->text() == menu)
                found = a->menu();
        QVERIFY(found);
        QAction *hit = nullptr;
        for (QAction *a : found->actions())
            if (a->text() == action)
                hit = a;
        QVERIFY(hit);
        QVERIFY(hit->isEnabled());
    }

    void dialogExportsTheView_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("png") << int(ExportFormat::Png) << QStringLiteral("view.png");
        QTest::newRow("svg") << int(ExportFormat::Svg) << QStringLiteral("view.svg");
        QTest::newRow("pdf") << int(ExportFormat::Pdf) << QStringLiteral("view.pdf");
    }

    void dialogExportsTheView()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        QSettings().setValue(QStringLiteral("export/format"), format);
        TimelineView *view = m_window->timelineView();
        const TimeScale before = view->scale();
        const ExportContext context = exportContext();
        QVERIFY(context.isValid());
        QCOMPARE(context.view.scale, before);
        QCOMPARE(context.scene.options.textBudgetMs, 0.0); // every label, unlike the view's frames
        ExportDialog dialog(context);
        QString error;
        const ExportRequest r = dialog.request(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(r.format), format); // remembered from the settings
        QCOMPARE(r.scope, ExportScope::CurrentView);
        QVERIFY(!dialog.preview().isNull());
        const QString path = m_dir.filePath(file);
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
        QCOMPARE(view->scale(), before); // exporting never moves the view
    }

    // The file dialog starts beside the document (it started in the app's working directory), named
    // after the document's title, else its file (a GDELT import has no title); then in the folder
    // of the last export.
    void suggestedPathIsBesideTheDocument()
    {
        ExportContext context = exportContext();
        const QString suffix = ExportRequest::formatName(ExportDialog(context).request().format);
        QVERIFY(!context.title.isEmpty());
        QCOMPARE(ExportDialog(context).suggestedPath(), m_dir.filePath(context.title + u'.' + suffix));
        context.title.clear();
        QCOMPARE(ExportDialog(context).suggestedPath(), m_dir.filePath(QStringLiteral("sample.") + suffix));
        QTemporaryDir other;
        QSettings().setValue(QStringLiteral("export/directory"), other.path());
        QCOMPARE(ExportDialog(context).suggestedPath(), QDir(other.path()).filePath(QStringLiteral("sample.") + suffix));
    }

    // Enter presses Export… (it pressed Cancel: the dialog had taken Cancel as its default button).
    // Checked as the default button once shown: pressing it opens a file dialog.
    void enterExports()
    {
        ExportDialog dialog(exportContext());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList defaults;
        for (const QPushButton *button : dialog.findChildren<QPushButton *>())
            if (button->isDefault())
                defaults << button->text();
        QCOMPARE(defaults, QStringList{QStringLiteral("&Export…")});
    }

    void rangeNeedsValidDates()
    {
        QSettings s;
        s.setValue(QStringLiteral("export/what"), int(ExportDialog::What::Range));
        s.setValue(QStringLiteral("export/from"), QStringLiteral("2008-03-16"));
        s.setValue(QStringLiteral("export/to"), QStringLiteral("2008-02-30"));
        ExportDialog bad(exportContext());
        QString error;
        bad.request(&error);
        QVERIFY2(error.contains(QStringLiteral("Range")), qPrintable(error));
        QVERIFY(bad.preview().isNull());

        s.setValue(QStringLiteral("export/to"), QStringLiteral("2008-03-20"));
        ExportDialog good(exportContext());
        const ExportRequest r = good.request(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.scope, ExportScope::Range);
        QVERIFY(r.from < r.to);
    }

    // The dialog says what the file will be, and the file is that, whatever happens to the view
    // meanwhile: the Inspector opened before (the view narrower than when the Size fields were
    // remembered), the window resized while the dialog is open, a view too short for its lanes
    // (the picture grows taller than the fields say). Once it showed 2006 x 1034 and wrote 1502 x 1034.
    void reportedSizeIsWritten_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("remembered");
        QTest::addColumn<QSize>("window");
        QTest::newRow("png, inspector open") << int(ExportFormat::Png) << false << QSize(1200, 800);
        QTest::newRow("png, remembered size, inspector open") << int(ExportFormat::Png) << true << QSize(1200, 800);
        QTest::newRow("png, short window") << int(ExportFormat::Png) << false << QSize(1000, 420);
        QTest::newRow("svg, short window") << int(ExportFormat::Svg) << false << QSize(1000, 420);
    }

    void reportedSizeIsWritten()
    {
        QFETCH(int, format);
        QFETCH(bool, remembered);
        QFETCH(QSize, window);
        QSettings().setValue(QStringLiteral("export/format"), format);
        if (remembered) { // an export made before the Inspector opened
            QSettings().setValue(QStringLiteral("export/width"), 2006);
            QSettings().setValue(QStringLiteral("export/height"), 1034);
        }
        m_window->resize(window);
        m_window->inspector()->show();
        QTRY_VERIFY(m_window->timelineView()->width() < window.width() - 300);
        ExportDialog dialog(exportContext());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (!remembered) // the Size fields start from the view as it is now, at ratio 2
            QCOMPARE(dialog.request().pixelSize.width(), int(std::lround(exportContext().view.size.width() * 2)));
        const QString reported = dialog.outputText();
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("output"))->text(), reported);
        m_window->resize(window - QSize(200, 100)); // the dialog keeps the view it was opened on
        QTRY_VERIFY(m_window->timelineView()->height() < window.height() - 80);
        const QString path = m_dir.filePath(QStringLiteral("reported.") + ExportRequest::formatName(ExportFormat(format)));
        QString error;
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        const QSize written = format == int(ExportFormat::Svg) ? test::svgPixelSize(test::readAll(path)) : QImage(path).size();
        QVERIFY(written.isValid());
        QCOMPARE(reported, u"The file will be %1 × %2 pixels"_s.arg(written.width()).arg(written.height())
                               + (written.height() > dialog.request().pixelSize.height()
                                      ? u", taller than the size above to hold every lane."_s
                                      : u"."_s));
        QCOMPARE(dialog.outputText(), reported);
        if (window.height() < 500) // the short window's lanes did not fit: the picture grew
            QVERIFY(written.height() > dialog.request().pixelSize.height());
    }

    void copyImage()
    {
        QGuiApplication::clipboard()->clear();
        auto *actions = m_window->findChild<ExportActions *>();
        QVERIFY(actions);
        actions->copyImageAction()->trigger();
        const QImage image = QGuiApplication::clipboard()->image();
        const Viewport view = exportContext().view;
        QCOMPARE(image.size(), (view.size * m_window->devicePixelRatioF()).toSize());
    }

private:
    ExportContext exportContext() const
    {
        return ExportContext::from(*m_controller, *m_window->timelineView(), m_window->eventModel());
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
