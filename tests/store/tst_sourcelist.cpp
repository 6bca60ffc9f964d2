// Document::sourceListRows(): every source, in id order, with the fields a list shows, the same as
// sources() gives them (without the dates).
#include "core/store/document.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestSourceList : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void likeSources_data();
    void likeSources();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestSourceList::likeSources_data()
{
    QTest::addColumn<std::vector<Source>>("sources");
    const auto source = [](const QString &title, const QString &publication, const QString &author, const QString &url,
                           char grade, const QString &issued = {}, const QString &accessed = {}) {
        Source s;
        s.title = title;
        s.publication = publication;
        s.author = author;
        s.url = url;
        s.reliability = QLatin1Char(grade);
        s.issued = FuzzyDate::fromEdtf(issued);
        s.accessed = FuzzyDate::fromEdtf(accessed);
        return s;
    };
    QTest::newRow("none") << std::vector<Source>{};
    QTest::newRow("every field") << std::vector<Source>{
        source(u"Kremlin readout"_s, u"TASS"_s, u"Press office"_s, u"https://tass.example/1"_s, 'B', u"2008-03-18"_s,
               u"2026-12-03"_s)};
    QTest::newRow("empty, missing and odd fields") << std::vector<Source>{
        source({}, {}, {}, {}, 'F'),
        source(u"news.example.com"_s, {}, {}, u"https://news.example.com/world/story-1.html"_s, 'F', {}, u"2015-01-01"_s),
        source(u"Рейтер — «Москва»"_s, u"日本経済新聞"_s, u"Zoë O’Brien"_s, u"https://例え.jp/記事?q=1&x=\"2\""_s, 'A',
               u"2008-03~"_s),
        source(u"  spaces  "_s, u"<b>markup</b>"_s, u"a\nb"_s, u"ftp://x"_s, 'E', u"[..2008-03-26]"_s)};
}

void TestSourceList::likeSources()
{
    QFETCH(std::vector<Source>, sources);
    QString error;
    const auto doc = Document::create(m_dir.filePath(u"sources%1.dateline"_s.arg(++m_files)), &error);
    QVERIFY2(doc, qPrintable(error));
    for (const Source &source : sources)
        doc->addSource(source);
    const SourceId removed = doc->addSource(Source{});
    const SourceId last = doc->addSource(Source{});
    doc->removeSource(removed); // a gap in the ids
    const std::vector<Source> expected = doc->sources();
    const std::vector<SourceListRow> rows = doc->sourceListRows();
    QCOMPARE(rows.size(), expected.size());
    QCOMPARE(rows.size(), sources.size() + 1);
    QCOMPARE(rows.back().id, last);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].id, expected[i].id);
        QCOMPARE(rows[i].title, expected[i].title);
        QCOMPARE(rows[i].publication, expected[i].publication);
        QCOMPARE(rows[i].author, expected[i].author);
        QCOMPARE(rows[i].url, expected[i].url);
        QCOMPARE(rows[i].reliability, expected[i].reliability);
    }
    for (std::size_t i = 0; i < sources.size(); ++i) {
        QCOMPARE(rows[i].title, sources[i].title);
        QCOMPARE(rows[i].url, sources[i].url);
        QCOMPARE(rows[i].reliability, sources[i].reliability);
    }
}

QTEST_GUILESS_MAIN(TestSourceList)
#include "tst_sourcelist.moc"
