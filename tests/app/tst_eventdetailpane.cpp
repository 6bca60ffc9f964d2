// EventDetailPane: what it shows for an event, and that untrusted text stays plain text.
#include "../io/gdeltrows.h"
#include "app/gui/eventdetailpane.h"
#include "app/gui/wrappedtext.h"
#include "core/io/gdelt/gdeltimport.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <climits>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestEventDetailPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void placeholders();
    void fields_data();
    void fields();
    void quotesWithSpeakerAndCitation();
    void longTitleKeepsTheFieldsInSight();
    void gradesExplainTheScale();
    void relationsNavigate();
    void gdeltRecordLeadsBackToTheArticle();
    void untrustedTextIsPlain_data();
    void untrustedTextIsPlain();
    void rightToLeftQuoteKeepsTheLineLeftToRight();
    void longWordWrapsInsideThePane_data();
    void longWordWrapsInsideThePane();
    void hugeWordWrapsAnywhere();
    void wheelOverAQuoteScrollsThePane();

private:
    QStringList texts(const QString &objectName) const;

    QTemporaryDir m_dir;
    TestDocument m_fixture;
    EventDetailPane *m_pane = nullptr;
};

void TestEventDetailPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = TestDocument::create(m_dir.filePath(u"fixture.dateline"_s));
    m_pane = new EventDetailPane;
    m_pane->resize(420, 700);
}

namespace {

// The first and last inked columns of a label as drawn, and the rows of the first glyph.
struct Ink {
    int left = -1, right = -1, firstTop = INT_MAX, firstBottom = -1;
};

Ink inkOf(QWidget *label)
{
    const QImage image = label->grab().toImage();
    const auto dark = [&](int x, int y) { return qGray(image.pixel(x, y)) < 128; };
    Ink ink;
    bool inFirst = false, firstDone = false;
    for (int x = 0; x < image.width(); ++x) {
        bool column = false;
        for (int y = 0; y < image.height(); ++y) {
            if (!dark(x, y))
                continue;
            column = true;
            if (!firstDone) {
                ink.firstTop = std::min(ink.firstTop, y);
                ink.firstBottom = std::max(ink.firstBottom, y);
            }
        }
        if (column) {
            if (ink.left < 0)
                ink.left = x;
            ink.right = x;
            inFirst = true;
        } else if (inFirst) {
            firstDone = true;
        }
    }
    return ink;
}

} // namespace

QStringList TestEventDetailPane::texts(const QString &objectName) const
{
    QStringList result;
    const QList<QLabel *> labels = m_pane->findChildren<QLabel *>(objectName);
    for (const QLabel *label : labels)
        result.append(label->text());
    for (const WrappedText *line : m_pane->findChildren<WrappedText *>(objectName))
        result.append(line->text());
    return result;
}

void TestEventDetailPane::placeholders()
{
    m_pane->setDocument(nullptr);
    QCOMPARE(texts(u"placeholder"_s), QStringList{u"No document is open."_s});
    m_pane->setDocument(m_fixture.document.get());
    QCOMPARE(texts(u"placeholder"_s).size(), 1);
    m_pane->setEvent(EventId(12345)); // a missing event is not a crash
    QCOMPARE(texts(u"placeholder"_s).size(), 1);
    QVERIFY(texts(u"title"_s).isEmpty());
}

void TestEventDetailPane::fields_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("title") << u"title"_s << u"2+2 meeting in Moscow"_s;
    QTest::newRow("display date") << u"date"_s
                                  << FuzzyDate::fromEdtf(u"2008-03-17/2008-03-18").toDisplayString();
    QTest::newRow("edtf") << u"edtf"_s << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("status") << u"status"_s << u"occurred"_s;
    QTest::newRow("type") << u"type"_s << u"040 Consult (Verbal cooperation)"_s;
    QTest::newRow("actors with roles") << u"actors"_s << u"Condoleezza Rice (visitor)\nSergey Lavrov (host)"_s;
    QTest::newRow("description") << u"description"_s << u"Described in our own words."_s;
    QTest::newRow("tags") << u"tags"_s << u"missile defence"_s;
}

void TestEventDetailPane::fields()
{
    QFETCH(QString, objectName);
    QFETCH(QString, expected);
    m_pane->setDocument(m_fixture.document.get());
    m_pane->setEvent(m_fixture.meeting);
    QCOMPARE(m_pane->shownEvent(), m_fixture.meeting);
    QCOMPARE(texts(objectName), QStringList{expected});
}

void TestEventDetailPane::gdeltRecordLeadsBackToTheArticle()
{
    m_pane->setDocument(m_fixture.document.get());
    m_pane->setEvent(m_fixture.meeting); // typed in: no GDELT rows
    QVERIFY(texts(u"gdeltEvent"_s).isEmpty());

    gdelttest::Row row;
    row.id = 1234567890;
    row.url = "https://example.org/news/summit?id=5";
    const QString file = m_dir.filePath(u"gdelt.CSV"_s);
    QVERIFY(gdelttest::writeFile(file, gdelttest::line(row) + '\n'));
    std::unique_ptr<Document> gdelt = Document::create(m_dir.filePath(u"gdelt.dateline"_s), nullptr);
    QVERIFY(gdelt);
    QVERIFY(importGdelt({file}, *gdelt).ok());
    m_pane->setDocument(gdelt.get());
    m_pane->setEvent(gdelt->events().front().id);
    QCOMPARE(texts(u"gdeltEvent"_s), QStringList{u"1234567890"_s});
    QCOMPARE(texts(u"gdeltAdded"_s), QStringList{u"2025-01-01 12:00 UTC"_s});
    QCOMPARE(texts(u"gdeltArticle"_s), QStringList{u"https://example.org/news/summit?id=5"_s});
    QCOMPARE(texts(u"gdeltGoldstein"_s), QStringList{u"-4.4"_s});
    QCOMPARE(texts(u"gdeltTone"_s), QStringList{u"-3.25"_s});
    QCOMPARE(texts(u"gdeltCoverage"_s), QStringList{u"10 mentions, 2 sources, 10 articles"_s});
    QVERIFY(texts(u"description"_s).isEmpty());
    m_pane->setDocument(nullptr);
}

// A paragraph pasted as a title is cut in the heading (whole in its tooltip): the fields stay in sight.
void TestEventDetailPane::longTitleKeepsTheFieldsInSight()
{
    Event e = *m_fixture.document->event(m_fixture.summit);
    const QString longTitle = QString(u"Sochi summit, with a very long explanation. "_s).repeated(50); // 2,200 characters
    e.title = longTitle;
    m_fixture.document->updateEvent(e);
    m_pane->setDocument(m_fixture.document.get());
    m_pane->setEvent(m_fixture.summit);
    const QList<WrappedText *> headings = m_pane->findChildren<WrappedText *>(u"title"_s);
    QCOMPARE(headings.size(), 1);
    QVERIFY(headings[0]->text().size() <= 241);
    QVERIFY(headings[0]->text().endsWith(QChar(0x2026)));
    QVERIFY(headings[0]->toolTip().contains(longTitle.trimmed().right(60)));
    e.title = u"Sochi summit"_s;
    m_fixture.document->updateEvent(e);
}

void TestEventDetailPane::quotesWithSpeakerAndCitation()
{
    m_pane->setDocument(m_fixture.document.get());
    m_pane->setEvent(m_fixture.pressConference);
    QCOMPARE(texts(u"quoteText"_s), QStringList{u"“We have made progress, but the concerns remain.”"_s});
    QCOMPARE(texts(u"quoteSpeaker"_s), QStringList{u"— Sergey Lavrov"_s});
    const QStringList citations = texts(u"quoteCitation"_s);
    QCOMPARE(citations.size(), 1);
    for (const QString &part : {u"Rice and Gates in Moscow"_s, u"The Daily Test"_s, u"A. Reporter"_s,
                                u"https://example.org/2008/03/moscow"_s, u"para. 4"_s,
                                FuzzyDate::fromEdtf(u"2008-03-27").toDisplayString()})
        QVERIFY2(citations.first().contains(part), qPrintable(part));

    // A quote linked to two events shows on both; an event without quotes says so.
    m_pane->setEvent(m_fixture.invitation);
    QCOMPARE(texts(u"quoteSpeaker"_s), QStringList{u"— George W. Bush"_s});
    m_pane->setEvent(m_fixture.summit);
    QVERIFY(texts(u"quoteText"_s).isEmpty());
    QVERIFY(texts(u"sectionHeading"_s).contains(u"No quotes"_s));
}

void TestEventDetailPane::gradesExplainTheScale()
{
    m_pane->setDocument(m_fixture.document.get());
    m_pane->setEvent(m_fixture.pressConference);
    const auto *reliability = m_pane->findChild<QLabel *>(u"sourceReliability"_s);
    const auto *credibility = m_pane->findChild<QLabel *>(u"quoteCredibility"_s);
    QVERIFY(reliability && credibility);
    QCOMPARE(reliability->text(), u"Source reliability: B (usually reliable)"_s);
    QCOMPARE(credibility->text(), u"Credibility: 2 (probably true)"_s);
    QVERIFY(reliability->toolTip().contains(u"F – reliability cannot be judged"_s));
    QVERIFY(credibility->toolTip().contains(u"6 – truth cannot be judged"_s));
}

void TestEventDetailPane::relationsNavigate()
{
    m_pane->setDocument(m_fixture.document.get());
    QSignalSpy activated(m_pane, &EventDetailPane::eventActivated);

    m_pane->setEvent(m_fixture.summit);
    QCOMPARE(texts(u"relation"_s).size(), 1);
    QVERIFY(texts(u"relation"_s).first().startsWith(u"follow-up of: 2+2 meeting in Moscow"_s));
    auto *button = m_pane->findChild<QPushButton *>(u"relationGo"_s);
    QVERIFY(button);
    button->click();
    QVERIFY(activated.wait(1000) || activated.size() == 1); // queued
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<EventId>(), m_fixture.meeting);

    // The other end shows the inverse relation.
    m_pane->setEvent(m_fixture.meeting);
    QCOMPARE(texts(u"relation"_s).size(), 1);
    QVERIFY(texts(u"relation"_s).first().startsWith(u"followed up by: Sochi summit"_s));
}

void TestEventDetailPane::untrustedTextIsPlain_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bold tag") << u"<b>x</b>"_s;
    QTest::newRow("image tag") << u"<img src=\"file:///etc/passwd\">"_s;
    QTest::newRow("entity") << u"Smith &amp; Jones"_s;
    QTest::newRow("link") << u"<a href=\"https://evil.example\">click</a>"_s;
}

void TestEventDetailPane::untrustedTextIsPlain()
{
    QFETCH(QString, text);
    Document &doc = *m_fixture.document;
    const ActorId speaker = doc.addActor({ActorId(), text, ActorKind::Person, {}, {}, {}});
    Source source;
    source.title = text;
    const SourceId sourceId = doc.addSource(source);
    Event event;
    event.title = text;
    event.description = text;
    event.date = FuzzyDate::fromEdtf(u"2008-05-01");
    event.actors = {{speaker, ActorRole::Initiator}};
    const EventId id = doc.addEvent(event);
    Quote quote;
    quote.text = text;
    quote.speaker = speaker;
    quote.source = sourceId;
    quote.events = {id};
    doc.addQuote(quote);

    m_pane->setDocument(&doc);
    m_pane->setEvent(id);
    QCOMPARE(texts(u"title"_s), QStringList{text});
    QCOMPARE(texts(u"description"_s), QStringList{text});
    QCOMPARE(texts(u"quoteText"_s), QStringList{u"“%1”"_s.arg(text)});
    QCOMPARE(texts(u"quoteSpeaker"_s), QStringList{u"— %1"_s.arg(text)});
    QVERIFY(texts(u"quoteCitation"_s).first().contains(text));
    // Every label in the pane is plain text and selectable.
    const QList<QLabel *> labels = m_pane->findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel *label : labels) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        if (label->objectName() != u"sectionHeading"_s && label->objectName() != u"fieldName"_s)
            QVERIFY(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    }
    const QList<WrappedText *> lines = m_pane->findChildren<WrappedText *>();
    QVERIFY(lines.size() >= 2); // the quote and its speaker, the fields' values, description and citation
    for (const WrappedText *line : lines) {
        QVERIFY(!line->acceptRichText());
        QVERIFY(line->isReadOnly());
        QVERIFY(line->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    }
    doc.removeEvent(id);
}

// A Hebrew quote and speaker: the lines stay left to right, as the rest of the pane (QLabel took
// the direction of the first letter inside the isolate: right-aligned, the dash on the right).
void TestEventDetailPane::rightToLeftQuoteKeepsTheLineLeftToRight()
{
    Document &doc = *m_fixture.document;
    const QString hebrew = u"\u05E9\u05DC\u05D5\u05DD"_s;
    const ActorId speaker = doc.addActor({ActorId(), hebrew, ActorKind::Person, {}, {}, {}});
    Event event;
    event.title = u"Talks"_s;
    event.date = FuzzyDate::fromEdtf(u"2008-05-02");
    const EventId id = doc.addEvent(event);
    Quote quote;
    quote.text = hebrew + u" "_s + hebrew;
    quote.speaker = speaker;
    quote.events = {id};
    doc.addQuote(quote);
    m_pane->setDocument(&doc);
    m_pane->setEvent(id);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    for (const QString &name : {u"quoteText"_s, u"quoteSpeaker"_s}) {
        auto *label = m_pane->findChild<QWidget *>(name);
        QVERIFY(label);
        const Ink ink = inkOf(label);
        QVERIFY2(ink.left >= 0, qPrintable(name));
        QVERIFY2(ink.left < label->width() / 4, qPrintable(u"%1 starts at %2 of %3"_s.arg(name).arg(ink.left).arg(label->width())));
    }
    const Ink speakerInk = inkOf(m_pane->findChild<QWidget *>(u"quoteSpeaker"_s));
    QVERIFY2(speakerInk.firstBottom - speakerInk.firstTop <= 2, "the speaker line does not start with the dash");
    m_pane->hide();
}

// A description of one 100,000-letter word (a pasted blob) wraps anywhere: wrapping at words or
// anywhere searched the word's end again for each of its lines, and opening such an event held the
// window for half a minute. Prose keeps wrapping at words.
void TestEventDetailPane::hugeWordWrapsAnywhere()
{
    Document &doc = *m_fixture.document;
    Event event;
    event.title = u"Blob"_s;
    event.date = FuzzyDate::fromEdtf(u"2008-04-06");
    event.description = u"x"_s.repeated(100000);
    const EventId blob = doc.addEvent(event);
    event.title = u"Prose"_s;
    event.description = u"The leaders met in Sochi. "_s.repeated(4000);
    const EventId prose = doc.addEvent(event);
    m_pane->setDocument(&doc);
    for (const auto &[id, mode] : {std::pair{blob, QTextOption::WrapAnywhere}, std::pair{prose, QTextOption::WrapAtWordBoundaryOrAnywhere}}) {
        m_pane->setEvent(id);
        const auto *description = m_pane->findChild<WrappedText *>(u"description"_s);
        QVERIFY(description);
        QCOMPARE(description->text(), doc.event(id)->description);
        QCOMPARE(description->wordWrapMode(), mode);
    }
    doc.removeEvent(blob);
    doc.removeEvent(prose);
}

void TestEventDetailPane::longWordWrapsInsideThePane_data()
{
    QTest::addColumn<QString>("quoteText");
    QTest::addColumn<QString>("speakerName");
    const QString word = u"Nonstop"_s.repeated(43).left(300);
    QTest::newRow("a 300-letter word in the quote") << u"We said "_s + word << u"Lavrov"_s;
    QTest::newRow("a 300-letter speaker") << u"Fine."_s << word;
    QTest::newRow("a 300-letter URL in the quote") << u"See https://example.org/"_s + word.toLower() << u"Rice"_s;
    // a GDELT article's address, or a pasted one, in the place, the description and the citation
    QTest::newRow("a 300-letter word elsewhere") << u"Fine."_s << u"Rice"_s;
    QTest::newRow("a 300-letter title") << u"Fine."_s << u"Rice"_s;
}

// A word longer than the pane is wide (no spaces in it) breaks inside itself: QLabel wraps only at
// spaces, so the quote set the pane's minimum width, a horizontal scroll bar appeared and the Place
// and Tags values were cut at its right. The text is kept as it is: nothing is inserted into what
// a reader copies.
void TestEventDetailPane::longWordWrapsInsideThePane()
{
    QFETCH(QString, quoteText);
    QFETCH(QString, speakerName);
    Document &doc = *m_fixture.document;
    const ActorId speaker = doc.addActor({ActorId(), speakerName, ActorKind::Person, {}, {}, {}});
    const bool elsewhere = QLatin1StringView(QTest::currentDataTag()) == "a 300-letter word elsewhere"_L1;
    const bool longTitle = QLatin1StringView(QTest::currentDataTag()) == "a 300-letter title"_L1;
    const QString longWord = u"https://example.org/"_s + u"nonstop"_s.repeated(43);
    Place place;
    place.name = elsewhere ? longWord : u"Bocharov Ruchey"_s;
    place.country = u"RUS"_s;
    Event event;
    event.title = longTitle ? u"Sochi"_s.repeated(60) : u"Sochi"_s;
    event.date = FuzzyDate::fromEdtf(u"2008-04-06");
    event.place = doc.addPlace(place);
    event.tags = {u"summit"_s};
    if (elsewhere)
        event.description = u"Read "_s + longWord;
    const EventId id = doc.addEvent(event);
    Quote quote;
    quote.text = quoteText;
    quote.speaker = speaker;
    quote.events = {id};
    if (elsewhere) {
        Source source;
        source.title = u"Talks"_s;
        source.url = longWord;
        quote.source = doc.addSource(source);
    }
    doc.addQuote(quote);
    m_pane->setDocument(&doc);
    m_pane->setEvent(id);
    m_pane->resize(420, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    QCoreApplication::processEvents();
    QCOMPARE(m_pane->horizontalScrollBar()->maximum(), 0);
    const int viewportRight = m_pane->viewport()->mapToGlobal(QPoint(m_pane->viewport()->width(), 0)).x();
    for (const QString &name : {u"title"_s, u"place"_s, u"tags"_s, u"quoteText"_s, u"quoteSpeaker"_s, u"quoteCitation"_s}) {
        const QWidget *w = m_pane->findChild<QWidget *>(name);
        QVERIFY2(w, qPrintable(name));
        const int right = w->mapToGlobal(QPoint(w->width(), 0)).x();
        QVERIFY2(right <= viewportRight, qPrintable(u"%1 ends at %2, the pane at %3"_s.arg(name).arg(right).arg(viewportRight)));
    }
    // the long line took several lines of the pane, and reads as it was written
    const auto *quoteLine = m_pane->findChild<WrappedText *>(u"quoteText"_s);
    const auto *speakerLine = m_pane->findChild<WrappedText *>(u"quoteSpeaker"_s);
    const WrappedText *longLine = longTitle ? m_pane->findChild<WrappedText *>(u"title"_s)
        : elsewhere                         ? m_pane->findChild<WrappedText *>(u"quoteCitation"_s)
        : speakerName.size() > 100          ? speakerLine
                                            : quoteLine;
    QVERIFY2(longLine->height() >= 3 * longLine->fontMetrics().height(), qPrintable(QString::number(longLine->height())));
    QCOMPARE(quoteLine->text(), u"“%1”"_s.arg(quoteText));
    QCOMPARE(speakerLine->text(), u"— %1"_s.arg(speakerName));
    m_pane->hide();
    doc.removeEvent(id);
}

// The quote's text view has nothing to scroll: it leaves the wheel (ignored, so that Qt hands it
// on to the pane around it, as it does over a label) and shows its whole text at any width.
void TestEventDetailPane::wheelOverAQuoteScrollsThePane()
{
    m_pane->setDocument(m_fixture.document.get());
    m_pane->setEvent(m_fixture.pressConference);
    m_pane->resize(420, 160);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    QCoreApplication::processEvents();
    QVERIFY(m_pane->verticalScrollBar()->maximum() > 0); // the pane scrolls
    auto *quote = m_pane->findChild<WrappedText *>(u"quoteText"_s);
    QVERIFY(quote && quote->isVisible());
    QCOMPARE(quote->verticalScrollBar()->maximum(), 0); // the quote does not
    const QPoint at = quote->viewport()->rect().center();
    QWheelEvent wheel(at, quote->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(quote->viewport(), &wheel);
    QVERIFY(!wheel.isAccepted());
    m_pane->hide();
    m_pane->resize(420, 700);
}

QTEST_MAIN(TestEventDetailPane)
#include "tst_eventdetailpane.moc"
