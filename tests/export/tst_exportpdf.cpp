// PDF export: valid (renders with pdftoppm), requested page size and count, tiles and appendix.
#include "exportfixture.h"

#include <QProcess>
#include <QStandardPaths>

using namespace dateline;
using namespace dateline::test;

namespace {

// pdfinfo's "Pages:" and "Page size:" (points).
bool pdfInfo(const QString &path, int *pages, QSizeF *points, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression pagesRe(QStringLiteral("Pages:\\s+(\\d+)"));
    static const QRegularExpression sizeRe(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    const auto pm = pagesRe.match(out), sm = sizeRe.match(out);
    if (!pm.hasMatch() || !sm.hasMatch()) {
        *error = out;
        return false;
    }
    *pages = pm.captured(1).toInt();
    *points = QSizeF(sm.captured(1).toDouble(), sm.captured(2).toDouble());
    return true;
}

} // namespace

class TestExportPdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("poppler-utils (pdfinfo, pdftoppm) not installed");
        QVERIFY(m_sample.open());
    }

    void pages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<int>("tiles");
        QTest::addColumn<bool>("appendix");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("A4 landscape") << QStringLiteral("A4") << true << 1 << false << QSizeF(841.89, 595.28);
        QTest::newRow("A4 portrait + appendix") << QStringLiteral("a4") << false << 1 << true << QSizeF(595.28, 841.89);
        QTest::newRow("A3, 3 tiles") << QStringLiteral("A3") << true << 3 << false << QSizeF(1190.55, 841.89);
        QTest::newRow("Letter, 2 tiles + appendix") << QStringLiteral("Letter") << true << 2 << true << QSizeF(792, 612);
        QTest::newRow("poster 1000x300mm") << QStringLiteral("1000x300mm") << true << 1 << true << QSizeF(2834.65, 850.39);
    }

    void pages()
    {
        QFETCH(QString, page);
        QFETCH(bool, landscape);
        QFETCH(int, tiles);
        QFETCH(bool, appendix);
        QFETCH(QSizeF, points);
        ExportRequest r;
        r.format = ExportFormat::Pdf;
        const auto format = ExportRequest::pageFromName(page, &r.customPageMm);
        QVERIFY(format);
        r.page = *format;
        r.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
        r.tiles = tiles;
        r.title = QStringLiteral("US–Russia, March 2008");
        r.parts |= ExportPart::Legend | ExportPart::SourcesFooter;
        if (appendix)
            r.parts |= ExportPart::Appendix;
        const ImageExporter exporter(m_sample.document.get(), m_sample.scene);
        const QString path = m_sample.path(QStringLiteral("out.pdf"));
        QString error;
        QVERIFY2(exporter.write(r, path, &error), qPrintable(error));

        const int expected = tiles + (appendix ? 1 : 0); // the sample's four quotes fit one page
        QCOMPARE(ImageExporter::pageCount(*exporter.plan(r)), expected);
        int pages = 0;
        QSizeF size;
        QVERIFY2(pdfInfo(path, &pages, &size, &error), qPrintable(error));
        QCOMPARE(pages, expected);
        QVERIFY2(std::abs(size.width() - points.width()) < 1 && std::abs(size.height() - points.height()) < 1,
                 qPrintable(QStringLiteral("%1 x %2 pts").arg(size.width()).arg(size.height())));

        // poppler renders every page
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("20"),
                                                  path, m_sample.path(QStringLiteral("page"))});
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 0);
        const QStringList images = QDir(m_sample.dir.path()).entryList({QStringLiteral("page*.png")});
        QCOMPARE(images.size(), expected);
        for (const QString &f : images)
            QVERIFY(QFile::remove(m_sample.path(f)));
    }

    // The appendix lists every numbered quote with speaker, citation and grades; the PDF keeps
    // the text as text (pdftotext finds it).
    void appendixText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext not installed");
        ExportRequest r;
        r.format = ExportFormat::Pdf;
        r.parts |= ExportPart::Appendix;
        const QString path = m_sample.path(QStringLiteral("appendix.pdf"));
        QString error;
        QVERIFY2(ImageExporter(m_sample.document.get(), m_sample.scene).write(r, path, &error), qPrintable(error));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Quotes and sources")));
        for (const QString &s : {QStringLiteral("[1]"), QStringLiteral("[4]"), QStringLiteral("Sergei Lavrov"),
                                 QStringLiteral("George W. Bush"), QStringLiteral("Reliability B"),
                                 QStringLiteral("credibility 2")})
            QVERIFY2(text.contains(s), qPrintable(s));
    }

    void badPages_data()
    {
        QTest::addColumn<QSizeF>("mm");
        QTest::addColumn<int>("tiles");
        QTest::addColumn<double>("margin");
        QTest::newRow("stamp") << QSizeF(20, 20) << 1 << 5.0;
        QTest::newRow("too many tiles") << QSizeF(297, 210) << 1000 << 5.0;
        QTest::newRow("margins eat the page") << QSizeF(297, 210) << 1 << 100.0;
    }

    void badPages()
    {
        QFETCH(QSizeF, mm);
        QFETCH(int, tiles);
        QFETCH(double, margin);
        ExportRequest r;
        r.format = ExportFormat::Pdf;
        r.page = PageFormat::Custom;
        r.customPageMm = mm;
        r.tiles = tiles;
        r.marginsMm = QMarginsF(margin, margin, margin, margin);
        const QString path = m_sample.path(QStringLiteral("bad.pdf"));
        QString error;
        QVERIFY(!ImageExporter(m_sample.document.get(), m_sample.scene).write(r, path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

private:
    SampleFixture m_sample;
};

QTEST_MAIN(TestExportPdf)
#include "tst_exportpdf.moc"
