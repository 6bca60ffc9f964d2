// Untrusted text drawn in lines the renderer composes: a title with a line break or a tab is one
// line of words (SVG text nodes), a right-to-left override or a Hebrew name stays inside its own
// piece (pixels of the quote callout and the appendix), and a word wider than the page wraps in
// the appendix instead of running off it.
#include "exportfixture.h"

#include <QBuffer>
#include <QPainter>

#include <climits>

using namespace dateline;
using namespace dateline::test;
using namespace Qt::StringLiterals;

namespace {

// Ink: a pixel clearly darker than the light palette's paper and callout backgrounds.
bool ink(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 170;
}

// The columns [left, right] and rows [top, bottom] of the glyph cluster at one end of the ink
// inside rect: from the outermost inked column to the first blank column after it.
struct Cluster {
    int left = -1, right = -1, top = INT_MAX, bottom = -1;
    bool found() const { return left >= 0; }
};

Cluster endCluster(const QImage &image, const QRect &rect, bool fromRight)
{
    Cluster c;
    const QRect r = rect.intersected(image.rect());
    const int step = fromRight ? -1 : 1;
    bool inside = false;
    for (int x = fromRight ? r.right() : r.left(); x >= r.left() && x <= r.right(); x += step) {
        bool columnInk = false;
        for (int y = r.top(); y <= r.bottom(); ++y) {
            if (!ink(image, x, y))
                continue;
            columnInk = true;
            c.top = std::min(c.top, y);
            c.bottom = std::max(c.bottom, y);
        }
        if (columnInk) {
            inside = true;
            (fromRight ? c.left : c.right) = x;
            if (fromRight ? c.right < 0 : c.left < 0)
                (fromRight ? c.right : c.left) = x;
        } else if (inside) {
            break;
        }
    }
    return c;
}

// The first and last rows with ink inside rect.
std::pair<int, int> inkRows(const QImage &image, const QRect &rect)
{
    int top = INT_MAX, bottom = -1;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (ink(image, x, y)) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
    return {top, bottom};
}

// Rows of text: runs of rows with ink, top to bottom.
std::vector<std::pair<int, int>> inkBands(const QImage &image, int left, int right)
{
    std::vector<std::pair<int, int>> bands;
    int start = -1;
    for (int y = 0; y < image.height(); ++y) {
        bool rowInk = false;
        for (int x = left; x < right && !rowInk; ++x)
            rowInk = ink(image, x, y);
        if (rowInk && start < 0)
            start = y;
        if (!rowInk && start >= 0) {
            bands.emplace_back(start, y - 1);
            start = -1;
        }
    }
    return bands;
}

struct Hostile {
    EventId event;
};

// An event on 21 March 2008 with a quote; its speaker is the event's only actor (its lane).
Hostile addEvent(SampleFixture &sample, const QString &title, const QString &quoteText, const QString &speakerName)
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
    return {id};
}

} // namespace

class TestExportTextLines : public QObject {
    Q_OBJECT
private slots:
    void labelsAreOneLine_data();
    void labelsAreOneLine();
    void calloutPiecesKeepTheirPlace();
    void quotesAreSetInAFaceWithTheirLetters_data();
    void quotesAreSetInAFaceWithTheirLetters();
    void appendixQuoteKeepsItsMarks();
    void appendixWrapsLongWords();
    void appendixBlockFitsAPage();
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

void TestExportTextLines::calloutPiecesKeepTheirPlace()
{
    SampleFixture sample;
    QVERIFY(sample.open());
    // A quote ending in an override (reversed to its end) and a Hebrew speaker: the closing mark
    // must stay at the right end of the quote, the dash at the left of the name.
    const Hostile h = addEvent(sample, u"Talks"_s, u"Fine \u202Eend"_s, u"\u05E9\u05DC\u05D5\u05DD"_s);
    ExportRequest r;
    r.pixelSize = QSize(3000, 1200);
    const ImageExporter exporter(sample.document.get(), sample.scene);
    const QImage image = exporter.renderImage(r);
    QVERIFY(!image.isNull());
    const auto plan = exporter.plan(r);
    const TimelineTile &tile = plan->tiles().front();
    const CalloutItem *callout = nullptr;
    for (const CalloutItem &c : tile.layout.callouts) {
        if (c.id == h.event)
            callout = &c;
    }
    QVERIFY2(callout, "the quote has no callout");
    const QRectF box = callout->rect.translated(tile.rect.topLeft());
    const double lineH = box.height() / 2;
    const QRect quoteLine = QRectF(box.left() + 4, box.top() + 1, box.width() - 8, lineH - 1).toRect();
    const QRect speakerLine = QRectF(box.left() + 4, box.top() + lineH, box.width() - 8, lineH - 1).toRect();

    // The quote line's last glyph is the closing mark: ink only in the upper half of the line.
    const Cluster last = endCluster(image, quoteLine, true);
    const auto [top, bottom] = inkRows(image, quoteLine);
    QVERIFY(last.found());
    QVERIFY2(last.bottom < (top + bottom) / 2,
             qPrintable(u"last glyph rows %1..%2, line %3..%4"_s.arg(last.top).arg(last.bottom).arg(top).arg(bottom)));

    // The speaker line's first glyph is the dash: a thin stroke, not a letter.
    const Cluster first = endCluster(image, speakerLine, false);
    QVERIFY(first.found());
    QVERIFY2(first.bottom - first.top <= 2, qPrintable(u"first glyph %1 rows high"_s.arg(first.bottom - first.top + 1)));
}

namespace {

// The appendix page of a PDF export of one event, painted on white, larger than the canvas by
// `extra` pixels so that text running past the page's right or bottom edge shows.
QImage appendixPage(const ImageExporter &exporter, EventId event, QSize extra, std::unique_ptr<ExportPlan> *keep = nullptr)
{
    ExportRequest r;
    r.format = ExportFormat::Pdf;
    r.parts |= ExportPart::Appendix;
    r.events = {event};
    auto plan = exporter.plan(r);
    if (!plan || plan->appendixPages().empty())
        return {};
    QImage image(plan->canvas().toSize() + extra, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    ImageExporter::paintPage(p, *plan, ImageExporter::pageCount(*plan) - 1);
    p.end();
    if (keep)
        *keep = std::move(plan);
    return image;
}

} // namespace

void TestExportTextLines::quotesAreSetInAFaceWithTheirLetters_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("italic"); // where the italic face has the letters (DejaVu Sans Oblique)
    QTest::newRow("English") << u"We will not accept this proposal"_s << true;
    QTest::newRow("Russian") << u"Мы не примем это предложение"_s << true;
    QTest::newRow("Arabic") << u"لن نقبل هذا الاقتراح"_s << false;
    QTest::newRow("Hebrew") << u"לא נקבל את ההצעה"_s << true; // DejaVu Sans Oblique has Hebrew
    QTest::newRow("English with an Arabic name") << u"Talks with عباس went well"_s << false;
}

// Quotes are set in italics, but Qt does not fall back from an italic face to an upright one:
// an Arabic quote in DejaVu Sans Oblique drew a box for every letter (callouts, the appendix, the
// detail pane). A quote whose letters the italic face lacks is set upright.
void TestExportTextLines::quotesAreSetInAFaceWithTheirLetters()
{
    QFETCH(QString, quote);
    QFETCH(bool, italic);
    SampleFixture sample;
    QVERIFY(sample.open());
    if (!QFontMetricsF(sample.scene.options.labelFont).inFontUcs4(U'\u0644'))
        QSKIP("DejaVu Sans (with its Arabic) is not installed");
    const Hostile h = addEvent(sample, u"Talks"_s, quote, u"Speaker"_s);
    ExportRequest r;
    r.pixelSize = QSize(3000, 1200);
    const auto plan = ImageExporter(sample.document.get(), sample.scene).plan(r);
    const CalloutItem *callout = nullptr;
    for (const CalloutItem &c : plan->tiles().front().layout.callouts) {
        if (c.id == h.event)
            callout = &c;
    }
    QVERIFY2(callout, "the quote has no callout");
    QCOMPARE(callout->italic, italic);
    const QFont font = callout->italic ? sample.scene.options.quoteFont() : sample.scene.options.labelFont;
    QCOMPARE(italicUnlessMissing(sample.scene.options.labelFont, quote).italic(), italic); // the appendix's, the pane's
    for (const char32_t c : quote.toUcs4()) {
        if (QChar::isLetter(c))
            QVERIFY2(QFontMetricsF(font).inFontUcs4(c), qPrintable(u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'))));
    }
}

void TestExportTextLines::appendixQuoteKeepsItsMarks()
{
    SampleFixture sample;
    QVERIFY(sample.open());
    const Hostile h = addEvent(sample, u"Talks"_s, u"Fine \u202Eend"_s, u"Speaker"_s);
    const ImageExporter exporter(sample.document.get(), sample.scene);
    const QImage page = appendixPage(exporter, h.event, QSize(0, 0));
    QVERIFY(!page.isNull());
    // Heading, speaker, event, quote, source, grades, page number.
    const auto bands = inkBands(page, 0, page.width());
    QCOMPARE(int(bands.size()), 7);
    const auto [top, bottom] = bands[3];
    const Cluster last = endCluster(page, QRect(0, top, page.width(), bottom - top + 1), true);
    QVERIFY(last.found());
    QVERIFY2(last.bottom < (top + bottom) / 2,
             qPrintable(u"last glyph rows %1..%2, line %3..%4"_s.arg(last.top).arg(last.bottom).arg(top).arg(bottom)));
}

void TestExportTextLines::appendixWrapsLongWords()
{
    SampleFixture sample;
    QVERIFY(sample.open());
    const Hostile h = addEvent(sample, QString(400, u'T'), QString(3000, u'Q'), QString(400, u'S'));
    const ImageExporter exporter(sample.document.get(), sample.scene);
    std::unique_ptr<ExportPlan> plan;
    const QImage page = appendixPage(exporter, h.event, QSize(400, 0), &plan);
    QVERIFY(!page.isNull());
    const int right = int(plan->canvas().width());
    // Nothing beyond the page's right edge...
    for (int x = right + 1; x < page.width(); ++x)
        for (int y = 0; y < page.height(); ++y)
            QVERIFY2(!ink(page, x, y), qPrintable(u"ink at %1, %2 (page ends at %3)"_s.arg(x).arg(y).arg(right)));
    // ... because the 3000 letters wrapped: many more lines than the six of a short quote.
    QVERIFY2(inkBands(page, 0, right).size() > 10, "the long quote was not wrapped");
}

// A quote longer than a page (and a 10,000-letter title) is cut with "…" to what one page holds:
// it ran on past the page number and the bottom edge, its citation and grades off the page.
void TestExportTextLines::appendixBlockFitsAPage()
{
    SampleFixture sample;
    QVERIFY(sample.open());
    const Hostile h = addEvent(sample, QString(10000, u'T'), QString(30000, u'Q'), u"Speaker"_s);
    const ImageExporter exporter(sample.document.get(), sample.scene);
    std::unique_ptr<ExportPlan> plan;
    const QImage page = appendixPage(exporter, h.event, QSize(0, 300), &plan);
    QVERIFY(!page.isNull());
    QCOMPARE(int(plan->appendixPages().size()), 1);
    const int bottom = int(plan->canvas().height());
    const auto bands = inkBands(page, 0, page.width());
    QVERIFY(bands.size() >= 3);
    QVERIFY2(bands.back().second < bottom, "ink below the page");
    // The last band is the page number; the grades line above it ends clear of it.
    const auto number = bands.back();
    const auto grades = bands[bands.size() - 2];
    QVERIFY2(grades.second < number.first, qPrintable(u"grades end at %1, the page number starts at %2"_s.arg(grades.second).arg(number.first)));
    QVERIFY2(number.first >= bottom - 18, qPrintable(u"the page number band starts at %1"_s.arg(number.first)));
}

QTEST_MAIN(TestExportTextLines)
#include "tst_exporttextlines.moc"
