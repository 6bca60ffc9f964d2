// Untrusted text drawn in lines the renderer composes: a title with a line break or a tab is one
// line of words (SVG text nodes and the layout the screen and PNG draw).
#include "exportfixture.h"

#include <QBuffer>

using namespace dateline;
using namespace dateline::test;
using namespace Qt::StringLiterals;

namespace {

// An event on 21 March 2008 with a quote; its speaker is the event's only actor (its lane).
EventId addEvent(SampleFixture &sample, const QString &title, const QString &quoteText, const QString &speakerName)
{
    Document &doc = *sample.document;
    Actor speaker;
    speaker.label = speakerName;
    const ActorId speakerId = doc.addActor(speaker);
    Event event;
    event.title = title;
    event.date = FuzzyDate::fromEdtf(u"2008-03-21");
    event.importance = 100;
    event.actors = {{speakerId, ActorRole::Initiator}};
    const EventId id = doc.addEvent(event);
    Quote quote;
    quote.text = quoteText;
    quote.speaker = speakerId;
    quote.events = {id};
    doc.addQuote(quote);
    sample.regroup(LaneGrouping::Actor);
    return id;
}

} // namespace

class TestExportTextLines : public QObject {
    Q_OBJECT
private slots:
    void labelsAreOneLine_data();
    void labelsAreOneLine();
};

void TestExportTextLines::labelsAreOneLine_data()
{
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("spaces");
    QTest::newRow("line feed") << u"\n"_s << u" "_s;
    QTest::newRow("CR LF") << u"\r\n"_s << u"  "_s;
    QTest::newRow("tab") << u"\t"_s << u" "_s;
    QTest::newRow("line separator") << u"\u2028"_s << u" "_s;
    QTest::newRow("paragraph separator") << u"\u2029"_s << u" "_s;
    QTest::newRow("next line (C1)") << u"\u0085"_s << u" "_s;
    QTest::newRow("NUL and escape") << QString(QChar(0)) + u"\u001B"_s << u"  "_s;
}

void TestExportTextLines::labelsAreOneLine()
{
    QFETCH(QString, separator);
    QFETCH(QString, spaces);
    SampleFixture sample;
    QVERIFY(sample.open());
    const QString text = u"Talks"_s + separator + u"in Sochi"_s;
    const QString line = u"Talks"_s + spaces + u"in Sochi"_s;
    addEvent(sample, text, u"Fine."_s, text);
    ExportRequest r;
    r.format = ExportFormat::Svg;
    r.pixelSize = QSize(3000, 1200);
    r.title = text;
    const ImageExporter exporter(sample.document.get(), sample.scene);
    QByteArray svg;
    QBuffer buffer(&svg);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(exporter.write(r, buffer, &error), qPrintable(error));
    const QStringList texts = svgTexts(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The event's label, its lane's header and the page title each read as one line, as does
    // the speaker's name under the quote.
    QCOMPARE(texts.count(line), 3);
    QCOMPARE(texts.count(u"\u2014 "_s + line), 1);
    for (const QString &t : texts) {
        QVERIFY2(!t.contains(u"Talks"_s) || t.endsWith(line), qPrintable(t));
        QVERIFY2(!t.contains(QChar(0xFFFD)), qPrintable(t)); // what XML cannot hold
    }
    // The screen and PNG draw the layout's label text as it is (QPainter's single-line flag,
    // which the SVG went through, is not applied to it): it must be the one line already.
    const auto plan = exporter.plan(r);
    const auto &labels = plan->tiles().front().layout.labels;
    QVERIFY(std::any_of(labels.begin(), labels.end(), [&](const LabelItem &l) { return l.text == line; }));
}

QTEST_MAIN(TestExportTextLines)
#include "tst_exporttextlines.moc"
