// Untrusted text in SVG and PDF exports: a title, a quote, its speaker and source holding HTML and
// script, a right-to-left override, control characters or 100 kB. The SVG parses as XML, holds no
// element or event attribute the text smuggled in, and its text nodes are the drawn strings
// exactly; the PDF holds the text as text (pdftotext finds it; skipped when not installed).
#include "exportfixture.h"

#include "core/model/untrustedtext.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace dateline;
using namespace dateline::test;
using namespace Qt::StringLiterals;

class TestUntrustedExport : public QObject {
    Q_OBJECT
private slots:
    void svgEscapes_data();
    void svgEscapes();
    void pdfKeepsText_data() { svgEscapes_data(); }
    void pdfKeepsText();

private:
    // The sample plus an event, quote, speaker and source made of text; the scene rebuilt.
    void addHostileEvent(SampleFixture &sample, const QString &text);
};

void TestUntrustedExport::addHostileEvent(SampleFixture &sample, const QString &text)
{
    Document &doc = *sample.document;
    Actor speaker;
    speaker.label = text;
    const ActorId speakerId = doc.addActor(speaker);
    Source source;
    source.title = text;
    const SourceId sourceId = doc.addSource(source);
    Event event;
    event.title = text;
    event.date = FuzzyDate::fromEdtf(u"2008-03-21");
    event.importance = 100; // its label is placed first
    event.actors = {{speakerId, ActorRole::Initiator}};
    const EventId id = doc.addEvent(event);
    Quote quote;
    quote.text = text;
    quote.speaker = speakerId;
    quote.source = sourceId;
    quote.events = {id};
    doc.addQuote(quote);
    sample.regroup(LaneGrouping::Actor);
}

void TestUntrustedExport::svgEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bold") << u"<b>bold</b> talks"_s;
    QTest::newRow("image with onerror") << u"<img src=x onerror=alert(1)> talks"_s;
    QTest::newRow("script") << u"<script>alert('x')</script> talks"_s;
    QTest::newRow("CDATA end and entity") << u"]]> &amp; &lt;x&gt; \"quoted\" 'single'"_s;
    QTest::newRow("right-to-left override") << u"Talks \u202Eexe.gnp\u202C end"_s;
    QTest::newRow("control characters") << u"a\u0001b\u0007c\u001Bd end"_s;
    QTest::newRow("100 kB") << u"<i>"_s + QString(100000, u'x') + u"</i>"_s;
}

void TestUntrustedExport::svgEscapes()
{
    QFETCH(QString, text);
    SampleFixture sample;
    QVERIFY(sample.open());
    addHostileEvent(sample, text);
    ExportRequest r;
    r.format = ExportFormat::Svg;
    r.pixelSize = QSize(3000, 1200);
    r.title = text;
    r.parts |= ExportPart::Legend;
    const ImageExporter exporter(sample.document.get(), sample.scene);
    QByteArray svg;
    QBuffer buffer(&svg);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(exporter.write(r, buffer, &error), qPrintable(error));

    // Well-formed XML with only the elements and attributes a drawing has.
    QXmlStreamReader xml(svg);
    QSet<QString> elements;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        elements.insert(xml.name().toString());
        for (const QXmlStreamAttribute &a : xml.attributes())
            QVERIFY2(!a.name().startsWith(u"on"), qPrintable(a.name().toString()));
    }
    QVERIFY2(!xml.hasError(), qPrintable(u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber())));
    for (const char *smuggled : {"script", "img", "b", "i", "a", "foreignObject", "iframe"})
        QVERIFY2(!elements.contains(QLatin1StringView(smuggled)), smuggled);

    // Every label drawn from the text is a text node, character for character, except that a
    // label is one line (control characters become spaces), that what XML cannot hold would
    // become U+FFFD and that Qt writes each bidi run as a node of its own (the runs follow each
    // other).
    const QString drawn = oneLine(text);
    auto xmlText = [](QString s) {
        for (QChar &c : s) {
            if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
                c = QChar(0xFFFD);
        }
        return s;
    };
    const QStringList texts = svgTexts(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString joined = texts.join(QString());
    const bool bidi = text.contains(u'\u202E');
    const auto plan = exporter.plan(r);
    int fromText = 0;
    for (const LabelItem &l : plan->tiles().front().layout.labels) {
        if (!l.text.startsWith(drawn.left(3)))
            continue;
        ++fromText;
        const QString want = xmlText(l.text);
        QVERIFY2(bidi ? joined.contains(want) : texts.contains(want), qPrintable(want.left(200)));
    }
    QVERIFY(fromText > 0);
    if (text.size() < 100 && !bidi)
        QVERIFY2(texts.contains(xmlText(drawn)), "the header title is not a text node of its own");
    else
        QVERIFY(joined.contains(xmlText(drawn).left(30)));
}

void TestUntrustedExport::pdfKeepsText()
{
    QFETCH(QString, text);
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext not installed (poppler-utils)");
    SampleFixture sample;
    QVERIFY(sample.open());
    addHostileEvent(sample, text);
    ExportRequest r;
    r.format = ExportFormat::Pdf;
    r.parts |= ExportPart::Appendix;
    r.title = text;
    const QString path = sample.path(u"untrusted.pdf"_s);
    QString error;
    QVERIFY2(ImageExporter(sample.document.get(), sample.scene).write(r, path, &error), qPrintable(error));
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    QVERIFY(p.waitForFinished(60000));
    const QString extracted = QString::fromUtf8(p.readAllStandardOutput());
    // pdftotext reorders right-to-left runs and drops control characters: compare what is left.
    // Control characters may come out as spaces: compare without them and without white space.
    const QRegularExpression dropped(u"[\\x{0000}-\\x{0020}\\x{202A}-\\x{202E}]"_s);
    QString expected = text.left(30).remove(dropped);
    const QString found = QString(extracted).remove(dropped);
    if (text.contains(u'\u202E'))
        expected = u"Talks"_s;
    QVERIFY2(found.contains(expected), qPrintable(extracted.left(400)));
}

QTEST_MAIN(TestUntrustedExport)
#include "tst_untrustedexport.moc"
