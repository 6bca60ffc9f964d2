// dateline-cli views, bookmarks, view-save, bookmark-add and export --view, through the real binary.
#include "clirun.h"

#include "core/index/facetindex.h"
#include "core/index/filtermask.h"
#include "core/index/timeindex.h"
#include "core/io/nativejson.h"
#include "core/io/sample.h"
#include "core/store/document.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using Run = dateline::test::CliRun;
using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

Run cli(const QStringList &args)
{
    return dateline::test::runCli(args);
}

} // namespace

class TestCliViews : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_file = m_dir->filePath(u"views.dateline"_s);
        QString error;
        auto doc = Document::create(m_file, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY2(importNativeJson(sampleTimelineJson(), *doc, &error), qPrintable(error));
    }

    // A name holding a tab, a line break or an open override (a document from elsewhere) is one
    // line of tab-separated fields in the listing: it made extra columns and extra lines.
    void namesStayInTheirColumn()
    {
        const QString json = m_dir->filePath(u"names.json"_s);
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "dateline", "version": 1,
            "views": [{"name": "tab\there \u202Eevil", "grouping": "actor"}, {"name": "line\nbreak", "grouping": "none"}],
            "bookmarks": [{"name": "bm\tx\ny", "date": "2008-03-01"}]})");
        file.close();
        const QString doc = m_dir->filePath(u"names.dateline"_s);
        const Run import = cli({u"import-json"_s, json, doc});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        const QStringList views = cli({u"views"_s, doc}).out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(views.size(), 2);
        QCOMPARE(views.at(0).split(u'\t').size(), 5);
        QVERIFY2(views.at(0).startsWith(u"tab here \u202Eevil\u202C\t"_s), qPrintable(views.at(0)));
        QVERIFY2(views.at(1).startsWith(u"line break\t"_s), qPrintable(views.at(1)));
        QCOMPARE(cli({u"bookmarks"_s, doc}).out, u"bm x y\t2008-03-01\n"_s);
    }

    void saveListUndo()
    {
        Run run = cli({u"view-save"_s, m_file, u"Sochi"_s, u"--lanes"_s, u"tag"_s, u"--from"_s, u"2008-03"_s,
                       u"--to"_s, u"2008-04"_s, u"--palette"_s, u"print"_s, u"--filter"_s,
                       u"{\"tags\":[\"Sochi summit\"]}"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({u"views"_s, m_file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"Sochi\ttag\t2008-03-01 .. 2008-05-01\tprint\t{\"tags\":[\"Sochi summit\"]}\n"_s);
        run = cli({u"views"_s, m_file, u"--json"_s});
        QVERIFY(run.out.contains(u"\"name\":\"Sochi\""_s));

        run = cli({u"bookmark-add"_s, m_file, u"Sochi summit"_s, u"2008-04-06"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(cli({u"bookmarks"_s, m_file}).out, u"Sochi summit\t2008-04-06\n"_s);

        // Each is one undoable step in the document's journal.
        QCOMPARE(cli({u"undo"_s, m_file}).out, u"undone: Add bookmark \u201cSochi summit\u201d\n"_s);
        QCOMPARE(cli({u"bookmarks"_s, m_file}).out, QString());
        QCOMPARE(cli({u"undo"_s, m_file}).exitCode, 0);
        QCOMPARE(cli({u"views"_s, m_file}).out, QString());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad filter json") << QStringList{u"view-save"_s, u"FILE"_s, u"V"_s, u"--filter"_s, u"{tags"_s}
                                         << 2 << u"--filter: not a JSON object"_s;
        QTest::newRow("bad filter value") << QStringList{u"view-save"_s, u"FILE"_s, u"V"_s, u"--filter"_s, u"{\"maxCredibility\":9}"_s}
                                          << 2 << u"--filter: Filter: \"maxCredibility\""_s;
        QTest::newRow("unknown actor") << QStringList{u"view-save"_s, u"FILE"_s, u"V"_s, u"--filter"_s, u"{\"actors\":[999]}"_s}
                                       << 1 << u"actor 999, which is not in the document"_s;
        QTest::newRow("half a range") << QStringList{u"view-save"_s, u"FILE"_s, u"V"_s, u"--from"_s, u"2008"_s}
                                      << 2 << u"--from and --to go together"_s;
        QTest::newRow("bad lanes") << QStringList{u"view-save"_s, u"FILE"_s, u"V"_s, u"--lanes"_s, u"colour"_s}
                                   << 2 << u"--lanes colour"_s;
        QTest::newRow("bad bookmark date") << QStringList{u"bookmark-add"_s, u"FILE"_s, u"B"_s, u"2008-02-30"_s}
                                           << 2 << u"2008-02-30: "_s;
        QTest::newRow("missing view") << QStringList{u"export"_s, u"FILE"_s, u"--view"_s, u"Nope"_s, u"-o"_s, u"OUT.png"_s}
                                      << 1 << u"no saved view named \"Nope\" (the document has no saved views)"_s;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        args.replaceInStrings(u"FILE"_s, m_file);
        args.replaceInStrings(u"OUT.png"_s, m_dir->filePath(u"out.png"_s));
        const Run run = cli(args);
        QCOMPARE(run.exitCode, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(cli({u"views"_s, m_file}).out, QString()); // nothing saved
    }

    // export --view draws exactly what a document holding only the view's events draws.
    void exportViewMatchesFilteredDocument_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("lanes");
        QTest::newRow("tag, actor lanes") << u"{\"tags\":[\"Sochi summit\"]}"_s << u"actor"_s;
        QTest::newRow("planned, no lanes") << u"{\"statuses\":[\"planned\"]}"_s << u"none"_s;
        QTest::newRow("quotes, tag lanes") << u"{\"hasQuotes\":true}"_s << u"tag"_s;
    }

    void exportViewMatchesFilteredDocument()
    {
        QFETCH(QString, filter);
        QFETCH(QString, lanes);
        Run run = cli({u"view-save"_s, m_file, u"V"_s, u"--lanes"_s, lanes, u"--from"_s, u"2008-03-10"_s, u"--to"_s,
                       u"2008-04-10"_s, u"--palette"_s, u"dark"_s, u"--filter"_s, filter});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString viewPng = m_dir->filePath(u"view.png"_s);
        run = cli({u"export"_s, m_file, u"--view"_s, u"V"_s, u"-o"_s, viewPng, u"--width"_s, u"800"_s, u"--height"_s, u"500"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // The same picture by hand: a copy without the other events, drawn with the view's settings.
        const QString copy = m_dir->filePath(u"copy.dateline"_s);
        std::size_t kept = 0, total = 0;
        {
            auto doc = Document::open(m_file, OpenMode::ReadWrite, nullptr);
            QVERIFY(doc);
            doc->saveCopy(copy);
            auto other = Document::open(copy, OpenMode::ReadWrite, nullptr);
            QVERIFY(other);
            const auto view = other->savedView(u"V"_s);
            QVERIFY(view);
            // Which events the filter keeps, by the facet path (tested against brute force in
            // tst_eventfilter); what this test checks is that the export draws just those.
            const TimeIndex full = TimeIndex::load(*other, LaneGrouping::None);
            const TimeIndex shown = full.filtered(FilterMask::evaluate(view->filter, FacetIndex::load(*other), full).ordinals);
            std::set<EventId> keep;
            for (std::uint32_t i = 0; i < shown.eventCount(); ++i)
                keep.insert(shown.eventId(i));
            kept = keep.size();
            for (const Event &e : other->events()) {
                ++total;
                if (!keep.count(e.id))
                    other->removeEvent(e.id);
            }
        }
        QVERIFY(kept > 0 && kept < total);
        const QString handPng = m_dir->filePath(u"hand.png"_s);
        run = cli({u"export"_s, copy, u"--lanes"_s, lanes, u"--from"_s, u"2008-03-10"_s, u"--to"_s, u"2008-04-10"_s,
                   u"--palette"_s, u"dark"_s, u"-o"_s, handPng, u"--width"_s, u"800"_s, u"--height"_s, u"500"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage a(viewPng), b(handPng);
        QVERIFY(!a.isNull());
        QCOMPARE(a, b);
        // it says the size it wrote (which grows past the one asked for when lanes would be lost)
        QVERIFY2(run.out.contains(u"(%1 \u00d7 %2 px, "_s.arg(b.width()).arg(b.height())), qPrintable(run.out));

        // Options given on the command line win over the view's.
        const QString lightPng = m_dir->filePath(u"light.png"_s);
        run = cli({u"export"_s, m_file, u"--view"_s, u"V"_s, u"--palette"_s, u"light"_s, u"-o"_s, lightPng,
                   u"--width"_s, u"800"_s, u"--height"_s, u"500"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QImage(lightPng).pixel(2, 2) != a.pixel(2, 2));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestCliViews)
#include "tst_cliviews.moc"
