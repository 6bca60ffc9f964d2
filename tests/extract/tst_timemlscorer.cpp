// The TimeML reader and the TempEval-3 style scorer.
#include "core/extract/timemldocument.h"
#include "core/extract/timexscorer.h"
#include "core/extract/timextagger.h"

#include <QTest>

using namespace dateline;
using namespace dateline::extract;

class TestTimemlScorer : public QObject {
    Q_OBJECT
private slots:
    void readsTextDctAndAnnotations();
    void reportsBrokenXmlWithLine();
    void scoresHandMadeOutput();
    void scoresTaggerOnFixture();
};

namespace {

Timex makeTimex(int start, int end, const char *value, Timex::Type type = Timex::Type::Date)
{
    Timex t;
    t.start = start;
    t.end = end;
    t.value = QString::fromLatin1(value);
    t.type = type;
    return t;
}

} // namespace

void TestTimemlScorer::readsTextDctAndAnnotations()
{
    TimemlDocument doc;
    QString error;
    QVERIFY2(TimemlDocument::read(QStringLiteral(DATELINE_TEST_DATA "/tiny.tml"), doc, &error), qPrintable(error));
    QCOMPARE(doc.id, QStringLiteral("tiny"));
    QCOMPARE(doc.dct, QStringLiteral("2008-03-28"));
    QVERIFY(doc.text.contains(QStringLiteral("again in April & talk.")));
    QCOMPARE(doc.timexes.size(), size_t(4)); // the empty anchoring TIMEX3 is not in the text
    for (const Timex &t : doc.timexes)
        QCOMPARE(doc.text.mid(t.start, t.end - t.start), t.text);
    QCOMPARE(doc.timexes[1].text, QStringLiteral("two days"));
    QCOMPARE(doc.timexes[1].type, Timex::Type::Duration);
    QCOMPARE(doc.timexes[3].value, QStringLiteral("PAST_REF"));
}

void TestTimemlScorer::reportsBrokenXmlWithLine()
{
    TimemlDocument doc;
    QString error;
    QVERIFY(!TimemlDocument::read(QStringLiteral(DATELINE_TEST_DATA "/broken.tml"), doc, &error));
    QVERIFY2(error.contains(QStringLiteral("broken.tml:5:")), qPrintable(error));
    QVERIFY(!TimemlDocument::read(QStringLiteral(DATELINE_TEST_DATA "/missing.tml"), doc, &error));
    const QByteArray badType = "<TimeML>\n<DCT><TIMEX3 type=\"DATE\" value=\"2008-03-28\">x</TIMEX3></DCT>\n<TEXT>On\n"
                               "<TIMEX3 type=\"DAY\" value=\"2008-03-18\">Tuesday</TIMEX3></TEXT></TimeML>";
    QVERIFY(!TimemlDocument::parse(badType, doc, &error));
    QCOMPARE(error, QStringLiteral("4: unknown TIMEX3 type \"DAY\""));
    QVERIFY(!TimemlDocument::parse("<TimeML><TEXT>no creation time</TEXT></TimeML>", doc, &error));
    QVERIFY(error.contains(QStringLiteral("DCT")));
}

void TestTimemlScorer::scoresHandMadeOutput()
{
    // gold: four; system: one exact and right, one overlapping with a wrong value, one exact with
    // the wrong type, one spurious; one gold expression is missed.
    const std::vector<Timex> gold = {makeTimex(0, 5, "A"), makeTimex(10, 20, "B"), makeTimex(30, 35, "C", Timex::Type::Duration),
                                     makeTimex(40, 45, "D")};
    const std::vector<Timex> system = {makeTimex(0, 5, "A"), makeTimex(12, 20, "B2"), makeTimex(30, 35, "C"), makeTimex(50, 55, "E")};
    TimexScorer s;
    s.add(gold, system);
    QCOMPARE(s.strict().precision, 0.5);
    QCOMPARE(s.strict().recall, 0.5);
    QCOMPARE(s.relaxed().f1, 0.75);
    QCOMPARE(s.valueAccuracy(), 2.0 / 3);
    QCOMPARE(s.value().f1, 0.5);
    QCOMPARE(s.typeAccuracy(), 2.0 / 3);
}

void TestTimemlScorer::scoresTaggerOnFixture()
{
    // The tagger finds "Tuesday" (gold has a deliberately different value), "two days" and "April"
    // (gold spans "in April"); it does not find "the run-up". Strict 2/3 and 2/4, relaxed 3/3 and
    // 3/4, values right for two of the three matches.
    TimemlDocument doc;
    QVERIFY(TimemlDocument::read(QStringLiteral(DATELINE_TEST_DATA "/tiny.tml"), doc, nullptr));
    TimexScorer s;
    s.add(doc.timexes, TimexTagger(CivilDate{2008, 3, 28}).tag(doc.text));
    QCOMPARE(s.systemCount(), 3);
    QCOMPARE(s.strict().f1, 2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5));
    QCOMPARE(s.relaxed().f1, 2 * 1.0 * 0.75 / 1.75);
    QCOMPARE(s.valueAccuracy(), 2.0 / 3);
}

QTEST_GUILESS_MAIN(TestTimemlScorer)
#include "tst_timemlscorer.moc"
