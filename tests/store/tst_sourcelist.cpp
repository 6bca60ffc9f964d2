// Document::sourceListRows(): every source, in id order, with the fields a list shows, the same as
// sources() gives them (without the dates). Document::sourcesMatching() while typing: the same
// matches as a plain filter of sources(), keystroke by keystroke, whatever changed in between.
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
    void typingMatchesLikeAFilter_data();
    void typingMatchesLikeAFilter();
    void matchesFollowChanges_data();
    void matchesFollowChanges();

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

namespace {

// What sourcesMatching() promises, the slow way: title, publication or URL contains the trimmed
// text in any case; in id order; at most limit.
QStringList filtered(const Document &doc, const QString &text, int limit)
{
    const QString needle = text.trimmed();
    QStringList titles;
    for (const Source &s : doc.sources()) {
        if (titles.size() < limit
            && (s.title.contains(needle, Qt::CaseInsensitive) || s.publication.contains(needle, Qt::CaseInsensitive)
                || s.url.contains(needle, Qt::CaseInsensitive)))
            titles << s.title;
    }
    return titles;
}

QStringList matching(const Document &doc, const QString &text, int limit)
{
    QStringList titles;
    for (const Source &s : doc.sourcesMatching(text, limit))
        titles << s.title;
    return titles;
}

void addSources(Document &doc)
{
    const QStringList titles{u"Kremlin readout"_s, u"Kremlin transcript"_s, u"kremlin.ru"_s, u"Élysée statement"_s,
                             u"ÉLYSÉE press"_s, u"Straße des 17. Juni"_s, u"STRASSE"_s, u"ΟΔΟΣ"_s, u"οδος"_s,
                             u"Poll: 52% back the talks"_s, u"under_score"_s, u"back\\slash"_s, u"Reuters"_s};
    for (int i = 0; i < titles.size(); ++i) {
        Source s;
        s.title = titles[i];
        s.publication = i % 3 == 0 ? u"TASS"_s : QString();
        s.url = u"https://example.org/%1/story-%2.html"_s.arg(2008 + i % 2).arg(i * 7);
        doc.addSource(s);
    }
}

} // namespace

void TestSourceList::typingMatchesLikeAFilter_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("limit");
    QTest::newRow("ASCII word") << u"Kremlin r"_s << 50;
    QTest::newRow("limit reached, then not") << u"kremlin"_s << 2;
    QTest::newRow("accented capitals") << u"ÉLYSÉE"_s << 50;
    QTest::newRow("Greek sigma forms") << u"οδοσ"_s << 50;
    QTest::newRow("url") << u"example.org/2009/story-1"_s << 50;
    QTest::newRow("pattern characters") << u"52% back"_s << 50;
    QTest::newRow("underscore") << u"r_s"_s << 50;
    QTest::newRow("spaces around") << u"  tass  "_s << 50;
    QTest::newRow("nothing, then more") << u"zzzz"_s << 50;
}

// Every prefix of the typed text, then the way back (backspace), gives what the filter gives.
void TestSourceList::typingMatchesLikeAFilter()
{
    QFETCH(QString, typed);
    QFETCH(int, limit);
    auto doc = Document::createInMemory();
    addSources(*doc);
    QStringList keystrokes;
    for (qsizetype n = 1; n <= typed.size(); ++n)
        keystrokes << typed.left(n);
    for (qsizetype n = typed.size() - 1; n >= 1; --n)
        keystrokes << typed.left(n);
    for (const QString &text : keystrokes)
        QCOMPARE(matching(*doc, text, limit), filtered(*doc, text, limit));
}

void TestSourceList::matchesFollowChanges_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("added here") << u"add"_s;
    QTest::newRow("added here, not yet committed") << u"bulk add"_s;
    QTest::newRow("renamed here") << u"rename"_s;
    QTest::newRow("removed here") << u"remove"_s;
    QTest::newRow("added by another connection") << u"other add"_s;
}

// A search that saw every match of "krem" is not reused for "kreml" once the sources changed.
void TestSourceList::matchesFollowChanges()
{
    QFETCH(QString, change);
    QString error;
    const QString path = m_dir.filePath(u"follow%1.dateline"_s.arg(++m_files));
    auto doc = Document::create(path, &error);
    QVERIFY2(doc, qPrintable(error));
    addSources(*doc);
    QCOMPARE(matching(*doc, u"krem"_s, 50).size(), 3);
    Source kremlin = doc->sourcesMatching(u"kremlin readout"_s, 1).front();
    std::unique_ptr<Document::BulkEdit> bulk;
    std::unique_ptr<Document> other;
    if (change == u"add"_s) {
        doc->addSource({SourceId(), u"Kremlin decree"_s, {}, {}, {}, {}, {}, QLatin1Char('A')});
    } else if (change == u"bulk add"_s) {
        bulk = std::make_unique<Document::BulkEdit>(*doc);
        doc->addSource({SourceId(), u"Kremlin decree"_s, {}, {}, {}, {}, {}, QLatin1Char('A')});
    } else if (change == u"rename"_s) {
        kremlin.title = u"Presidential readout"_s;
        doc->updateSource(kremlin);
    } else if (change == u"remove"_s) {
        doc->removeSource(kremlin.id);
    } else {
        other = Document::open(path, OpenMode::ReadWrite, &error);
        QVERIFY2(other, qPrintable(error));
        other->addSource({SourceId(), u"Kremlin decree"_s, {}, {}, {}, {}, {}, QLatin1Char('A')});
    }
    for (const QString &text : {u"kreml"_s, u"kremli"_s, u"kremlin"_s, u"kremlin "_s})
        QCOMPARE(matching(*doc, text, 50), filtered(*doc, text, 50));
    QCOMPARE(matching(*doc, u"kremlin"_s, 50).contains(u"Kremlin decree"_s), change.endsWith(u"add"_s));
    QCOMPARE(matching(*doc, u"kremlin"_s, 50).contains(u"Kremlin readout"_s), change.endsWith(u"add"_s));
}

QTEST_GUILESS_MAIN(TestSourceList)
#include "tst_sourcelist.moc"
