// Reading an article into text: its bytes' encoding, HTML to text with offsets, page furniture, headings and
// publication dates in the text, wire datelines, page metadata, code points, sentences.
#include "core/extract/articlebytes.h"
#include "core/extract/articleextractor.h"
#include "core/extract/articlemetadata.h"
#include "core/extract/codepointmap.h"
#include "core/extract/htmltext.h"
#include "core/extract/sentencesplitter.h"
#include "core/extract/wiredateline.h"

#include <QTest>

#include <algorithm>

using namespace dateline;
using namespace dateline::extract;

class TestArticleText : public QObject {
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void htmlToText_data();
    void htmlToText();
    void pageFurniture_data();
    void pageFurniture();
    void furnitureProposesNothing();
    void wireDateline_data();
    void wireDateline();
    void headingInText_data();
    void headingInText();
    void authorInText_data();
    void authorInText();
    void publishedInText_data();
    void publishedInText();
    void metadata_data();
    void metadata();
    void codePoints();
    void sentences();
    void abbreviations_data();
    void abbreviations();
};

void TestArticleText::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");     // empty with an error
    QTest::addColumn<QString>("encoding"); // empty: not checked
    QTest::addColumn<bool>("guessed");
    QTest::addColumn<bool>("error");
    const QString francois = QStringLiteral("Fran\u00E7ois said \u201CYes\u201D \u2013 \u20AC5");
    QTest::newRow("UTF-8") << QByteArray("Fran\xC3\xA7ois said \xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x93 \xE2\x82\xAC" "5")
                           << francois << QStringLiteral("UTF-8") << false << false;
    QTest::newRow("UTF-8 byte order mark a space") << QByteArray("\xEF\xBB\xBFMoscow") << QStringLiteral(" Moscow")
                                                   << QString() << false << false;
    QTest::newRow("UTF-16LE with its mark") << QByteArray("\xFF\xFEK\0y\0i\0v\0", 10) << QStringLiteral(" Kyiv") << QString()
                                            << false << false;
    QTest::newRow("UTF-16BE with its mark") << QByteArray("\xFE\xFF\0K\0y\0i\0v", 10) << QStringLiteral(" Kyiv") << QString()
                                            << false << false;
    QTest::newRow("Windows-1252") << QByteArray("Fran\xE7ois said \x93Yes\x94 \x96 \x80" "5") << francois
                                  << QStringLiteral("windows-1252") << true << false;
    QTest::newRow("a lone UTF-8 lead byte is Windows-1252") << QByteArray("caf\xC3(") << QStringLiteral("caf\u00C3(")
                                                            << QStringLiteral("windows-1252") << true << false;
    // (a page's declared charset is no guess: Putin in Windows-1251)
    QTest::newRow("declared by the page")
        << QByteArray("<html><head><meta charset=\"windows-1251\"></head><body>\xCF\xF3\xF2\xE8\xED</body></html>")
        << QStringLiteral("<html><head><meta charset=\"windows-1251\"></head><body>\u041F\u0443\u0442\u0438\u043D</body></html>")
        << QString() << false << false;
    QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("UTF-8") << false << false;
    QTest::newRow("NUL bytes") << QByteArray("%PDF-1.4\n\0\0\x01stream", 19) << QString() << QString() << false << true;
    QTest::newRow("control characters")
        << QByteArray("PK\x03\x04\x14\x01\x06\x08word/document.xml") << QString() << QString() << false << true;
}

void TestArticleText::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, guessed);
    QFETCH(bool, error);
    const ArticleBytes read = decodeArticle(bytes);
    QCOMPARE(!read.error.isEmpty(), error);
    QCOMPARE(read.text, text);
    if (!encoding.isEmpty())
        QCOMPARE(read.encoding, encoding);
    QCOMPARE(read.guessed, guessed);
}

void TestArticleText::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("entities") << QStringLiteral("<p>Rice &amp; Gates met &ldquo;Lavrov&rdquo; &#8212; &#x41;</p>")
                              << QStringLiteral("Rice & Gates met \u201CLavrov\u201D \u2014 A");
    QTest::newRow("paragraphs") << QStringLiteral("<html><head><title>x</title><style>p{}</style></head><body><p>One.</p>\n<p>Two <b>bold</b>.</p></body></html>")
                                << QStringLiteral("One.\n\nTwo bold.");
    QTest::newRow("script and comment") << QStringLiteral("<div>A<script>var x = '<p>';</script><!-- <p>no</p> -->B</div>")
                                        << QStringLiteral("AB");
    QTest::newRow("line break and spaces") << QStringLiteral("a  \n b<br>c&nbsp;d") << QStringLiteral("a b\nc d");
    QTest::newRow("table cells") << QStringLiteral("<table><tr><th>Date</th><th>Event</th></tr><tr><td>12 April 2025</td>"
                                                   "<td>Talks in <b>Muscat</b>.</td></tr></table>")
                                 << QStringLiteral("Date \u2014 Event\n\n12 April 2025 \u2014 Talks in Muscat.");
    QTest::newRow("numbers of two elements") << QStringLiteral("<p><time>February 20, 2025</time><span>6:42 PM</span></p>")
                                             << QStringLiteral("February 20, 2025 6:42 PM");
    QTest::newRow("unknown entity kept") << QStringLiteral("<p>R&D &bogus; x</p>") << QStringLiteral("R&D &bogus; x");
    // the importers' table: currencies, signs, capitals with accents; a soft hyphen is nothing
    QTest::newRow("more named entities") << QStringLiteral("<p>&euro;5&nbsp;bn &times; 2 in &Eacute;vian, 20&deg;C</p>")
                                         << QStringLiteral("\u20AC5 bn \u00D7 2 in \u00C9vian, 20\u00B0C");
    QTest::newRow("soft hyphen") << QStringLiteral("<p>multi&shy;lateral</p>") << QStringLiteral("multilateral");
}

void TestArticleText::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlText::toPlainText(html), text);
}

void TestArticleText::pageFurniture_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("furniture"); // the furniture's text, ranges joined by " | "
    QTest::newRow("elements") << QStringLiteral("<nav>Home World</nav><p>Body.</p><footer>Contact</footer>")
                              << QStringLiteral("Home World | Contact");
    QTest::newRow("nested divs") << QStringLiteral("<div class=\"related-stories\"><div>One</div><div>Two</div></div><p>Body.</p>")
                                 << QStringLiteral("One\n\nTwo");
    QTest::newRow("id and role") << QStringLiteral("<ul id='site_menu'><li>A</li></ul><p>Body.</p><div role=\"complementary\">B</div>")
                                 << QStringLiteral("A | B");
    QTest::newRow("an encyclopedia's references")
        << QStringLiteral("<p>Signed.<sup class=\"reference\">[1]</sup></p><div class=\"reflist\"><ol class=\"references\">"
                          "<li>Archived on 6 September 2014.</li></ol></div>")
        << QStringLiteral("[1] | Archived on 6 September 2014.");
    QTest::newRow("whole words only") << QStringLiteral("<p class=\"lead headline\">Body.</p><div class=\"shareable\">C</div>")
                                      << QString();
    QTest::newRow("unclosed is forgotten") << QStringLiteral("<p>Body.</p><aside>Most read <p>x</p>") << QString();
    QTest::newRow("page and article classes") << QStringLiteral(
        "<body class=\"article-page has-sidebar\"><main class=\"nav-offset\"><article class=\"comments-enabled\">"
        "<p>Body.</p></article></main><div class=\"sidebar\">Side</div></body>")
                                              << QStringLiteral("Side");
    QTest::newRow("form around the page") << QStringLiteral("<form id=\"form1\"><p>Body.</p></form>") << QString();
    QTest::newRow("article header is no furniture") << QStringLiteral(
        "<header>Site</header><article><header><h1>Talks</h1><p>Agreed on Monday.</p></header><p>Body.</p>"
        "<footer>Tags</footer></article><footer>Contact</footer>")
                                                    << QStringLiteral("Site | Contact");
    QTest::newRow("wrapper with nearly all text") << QStringLiteral(
        "<div class=\"share-wrapper\"><p>The foreign ministers met in Geneva and agreed to meet again.</p></div><p>x</p>")
                                                  << QString();
    QTest::newRow("void elements") << QStringLiteral("<p>A<input class=\"share\">B</p><img class=\"ad\"/><p>C</p>")
                                   << QString();
}

void TestArticleText::pageFurniture()
{
    QFETCH(QString, html);
    QFETCH(QString, furniture);
    const HtmlText::Result page = HtmlText::convert(html);
    QStringList texts;
    for (const TextSpan &r : page.furniture)
        texts << page.text.mid(r.start, r.end - r.start).trimmed();
    QCOMPARE(texts.join(u" | "), furniture);
    QCOMPARE(page.text, HtmlText::toPlainText(html)); // the text itself is not cut
}

void TestArticleText::furnitureProposesNothing()
{
    // A saved news page: only the article's own sentences propose events.
    const QString page = QStringLiteral(
        "<html><body><header class=\"site-header\"><a href=\"/\">Daily Wire</a> Updated March 27, 2008</header>"
        "<nav><a>World</a> <a>Europe</a></nav>"
        "<article><h1>Ministers meet</h1><p>The foreign ministers met in Geneva on March 17.</p>"
        "<div class=\"share-tools\">Share this story, published March 27</div>"
        "<p>They will meet again in Sochi on April 6.</p></article>"
        "<aside><h2>Most read</h2><ul><li>Markets fell sharply on March 20</li></ul>"
        "<blockquote>\u201CA historic day for the region,\u201D the minister said.</blockquote></aside>"
        "<div class=\"newsletter-signup\">Sign up before April 1 for our briefing</div>"
        "<footer>Copyright. Last updated on March 27, 2008</footer></body></html>");
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(page);
    QStringList dates;
    for (const ProposedEvent &e : x.events)
        dates << e.date;
    QCOMPARE(dates, QStringList({QStringLiteral("2008-03-17"), QStringLiteral("2008-04-06")}));
    for (const ProposedEvent &e : x.events) // nor do its quotes belong to an event
        QVERIFY(std::none_of(e.quotes.begin(), e.quotes.end(), [](const QuoteMention &q) { return q.text.contains(u"historic"); }));
    QVERIFY(std::any_of(x.quotes.begin(), x.quotes.end(), [](const QuoteMention &q) { return q.text.contains(u"historic"); }));
    // The furniture's dates are still found: it is text of the page.
    QVERIFY(std::any_of(x.timexes.begin(), x.timexes.end(), [](const Timex &t) { return t.value == u"2008-03-20"; }));
}

void TestArticleText::wireDateline_data()
{
    // text; the dateline as found (empty: none); its date as written
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dateline");
    QTest::addColumn<QString>("date");
    QTest::newRow("agency and dash") << QStringLiteral("GENEVA, Nov 14 (Reuters) - Iran agreed.")
                                     << QStringLiteral("GENEVA, Nov 14 (Reuters) - ") << QStringLiteral("Nov 14");
    QTest::newRow("country, date, agency") << QStringLiteral("KYIV, Ukraine, March 5 (AP) \u2014 Sirens sounded.")
                                           << QStringLiteral("KYIV, Ukraine, March 5 (AP) \u2014 ") << QStringLiteral("March 5");
    // a place in mixed case before a full date and the dash (round 21); not a sentence's comma
    QTest::newRow("mixed-case place and full date")
        << QStringLiteral("Tokyo, 12 September 2025 \u2013 Ishiba announced he would resign.")
        << QStringLiteral("Tokyo, 12 September 2025 \u2013 ") << QStringLiteral("12 September 2025");
    QTest::newRow("a sentence with a date and a dash") << QStringLiteral("Talks resumed, 12 September 2025 - they said.")
                                                       << QString() << QString();
    QTest::newRow("older AP copy's underscore") << QStringLiteral("THE HAGUE, Netherlands (AP)_ The World Court ruled.")
                                                << QStringLiteral("THE HAGUE, Netherlands (AP)_ ") << QString();
    QTest::newRow("two places filed from") << QStringLiteral("MANILA/BEIJING, Aug 31 (Reuters) - Both sides accused the other.")
                                           << QStringLiteral("MANILA/BEIJING, Aug 31 (Reuters) - ") << QStringLiteral("Aug 31");
    QTest::newRow("accented capitals") << QStringLiteral("B\u00DCRGENSTOCK, Switzerland, June 16 (Reuters) - Most backed it.")
                                       << QStringLiteral("B\u00DCRGENSTOCK, Switzerland, June 16 (Reuters) - ") << QStringLiteral("June 16");
    QTest::newRow("date, no agency") << QStringLiteral("UNITED NATIONS, 28 March 2008 \u2013 The Council adopted it.")
                                     << QStringLiteral("UNITED NATIONS, 28 March 2008 \u2013 ") << QStringLiteral("28 March 2008");
    QTest::newRow("agency between slashes") << QStringLiteral("MOSCOW, April 2. /TASS/. Lavrov will visit China.")
                                            << QStringLiteral("MOSCOW, April 2. /TASS/. ") << QStringLiteral("April 2");
    QTest::newRow("mixed case before an agency") << QStringLiteral("Paris (AFP) - Talks resumed.")
                                                 << QStringLiteral("Paris (AFP) - ") << QString();
    QTest::newRow("after a headline and blank lines")
        << QStringLiteral("\n\nSummit ends\n\n\n  SEOUL, May 7 (Yonhap) -- The two sides agreed on Sunday.")
        << QStringLiteral("SEOUL, May 7 (Yonhap) -- ") << QStringLiteral("May 7");
    // (round 28) no dash after a date and an agency's one word; not after words in brackets
    QTest::newRow("agency without a dash") << QStringLiteral("NEW DELHI, Dec 3 (IANS) Prime Minister Modi will travel.")
                                           << QStringLiteral("NEW DELHI, Dec 3 (IANS) ") << QStringLiteral("Dec 3");
    QTest::newRow("brackets without a dash") << QStringLiteral("NATO (the alliance) Meets in Vilnius\n\nThe leaders met.")
                                             << QString() << QString();
    QTest::newRow("capitals and a dash without agency or date") << QStringLiteral("NATO - the alliance at 75\n\nThe leaders met.")
                                                                << QString() << QString();
    // (round 29) a city and its country before a long dash; not two names before one
    QTest::newRow("city and country, no agency") << QStringLiteral("Doha, Qatar \u2013 Qatar's prime minister spoke.")
                                                 << QStringLiteral("Doha, Qatar \u2013 ") << QString();
    QTest::newRow("two names and a dash") << QStringLiteral("Trump, Putin \u2013 What we know\n\nThe leaders met.")
                                          << QString() << QString();
    QTest::newRow("a range is no dash") << QStringLiteral("MOSCOW, March 5-6 talks ended.") << QString() << QString();
    QTest::newRow("not at a line's start") << QStringLiteral("The talks ended. GENEVA (AP) - More.") << QString() << QString();
    QTest::newRow("too far down") << QStringLiteral("Line.\n").repeated(12) + QStringLiteral("GENEVA (AP) - More.")
                                  << QString() << QString();
}

void TestArticleText::wireDateline()
{
    QFETCH(QString, text);
    QFETCH(QString, dateline);
    QFETCH(QString, date);
    const TextSpan span = findWireDateline(text);
    QCOMPARE(text.mid(span.start, span.end - span.start), dateline);
    if (dateline.isEmpty())
        return;
    QCOMPARE(wireDatelineAt(QStringView(text).mid(span.start)).date, date);
    // the sentence that opens with it knows where it ends; no other does
    const std::vector<Sentence> sentences = SentenceSplitter::split(text);
    const auto marked = std::count_if(sentences.begin(), sentences.end(), [](const Sentence &s) { return s.datelineEnd >= 0; });
    QCOMPARE(marked, 1);
    const Sentence *s = SentenceSplitter::at(sentences, span.start);
    QVERIFY(s);
    QCOMPARE(s->datelineEnd, span.end);
}

void TestArticleText::headingInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("heading");
    QTest::newRow("headline") << QStringLiteral("\n  Summit ends in deadlock \n\nGENEVA (AP) \u2014 The talks ended.")
                              << QStringLiteral("Summit ends in deadlock");
    QTest::newRow("dateline and first sentence")
        << QStringLiteral("GENEVA, Nov 14 (Reuters) - Iran and the United Nations nuclear watchdog agreed on Thursday to "
                          "resume inspections at two sites by the end of the year. The agency's chief said so after talks "
                          "that dragged on late into the night.")
        << QStringLiteral("Iran and the United Nations nuclear watchdog agreed on Thursday to resume inspections at two "
                          "sites by the end of the year");
    QTest::newRow("mixed-case place before an agency")
        << QStringLiteral("Paris (AFP) - France and Algeria agreed on Thursday to resume talks.")
        << QStringLiteral("France and Algeria agreed on Thursday to resume talks.");
    QTest::newRow("capitals and a dash, no dateline") << QStringLiteral("NATO - the alliance at 75\n\nThe leaders met.")
                                                      << QStringLiteral("NATO - the alliance at 75");
    QTest::newRow("long sentence cut at a word")
        << QStringLiteral("BRUSSELS (AP) \u2014 ") + QStringLiteral("word ").repeated(40)
        << QStringLiteral("word ").repeated(30).trimmed() + QChar(0x2026);
}

void TestArticleText::headingInText()
{
    QFETCH(QString, text);
    QFETCH(QString, heading);
    QCOMPARE(ArticleMetadata::headingInText(text), heading);
}

void TestArticleText::authorInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("author");
    QTest::newRow("by and a date") << QStringLiteral("Talks resume\n\nBy Ann Smith | Updated February 20, 2024\n\nThe envoys met.")
                                   << QStringLiteral("Ann Smith");
    QTest::newRow("by two, an agency after")
        << QStringLiteral("Talks resume\n\nBy Jane Roe and John Doe, Reuters\n\nThe envoys met.")
        << QStringLiteral("Jane Roe and John Doe");
    QTest::newRow("by three") << QStringLiteral("By Jane Roe, John Doe and Max Roe \u00B7 March 3, 2008\n\nThe talks ended.")
                              << QStringLiteral("Jane Roe, John Doe and Max Roe");
    QTest::newRow("a name and a role, no by")
        << QStringLiteral("Home | World\n\nDeal agreed\n\nPippa Crerar, Political editor \u00B7 Thu 10 Jul 2025 19.02 BST\n\nThe "
                          "leaders met.")
        << QStringLiteral("Pippa Crerar");
    QTest::newRow("a particle") << QStringLiteral("By Anna van der Berg\n\nThe talks ended.") << QStringLiteral("Anna van der Berg");
    QTest::newRow("a menu is no byline") << QStringLiteral("Home | World | Europe\n\nThe talks ended on 3 March.") << QString();
    QTest::newRow("a sentence by no one") << QStringLiteral("By Monday, the troops had left the town.") << QString();
    QTest::newRow("too far down") << QStringLiteral("Line.\n").repeated(12) + QStringLiteral("By Ann Smith\n") << QString();
}

void TestArticleText::authorInText()
{
    QFETCH(QString, text);
    QFETCH(QString, author);
    QCOMPARE(ArticleMetadata::authorInText(text), author);
}

void TestArticleText::publishedInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("published"); // the file was saved on 2024-11-20
    QTest::newRow("wire dateline, no year") << QStringLiteral("GENEVA, Nov 14 (Reuters) - Iran agreed on Thursday.")
                                            << QStringLiteral("2024-11-14");
    QTest::newRow("dateline after the saving day") << QStringLiteral("MOSCOW, Dec. 3 (AP) \u2014 The talks ended.")
                                                   << QStringLiteral("2023-12-03");
    QTest::newRow("dateline with a year") << QStringLiteral("KYIV, Ukraine, March 5, 2022 (AP) \u2014 Sirens sounded.")
                                          << QStringLiteral("2022-03-05");
    // a numeric dateline, read in the order the text writes its dates
    QTest::newRow("numeric dateline, day first")
        << QStringLiteral("RIYADH, 12/03/2024 - The ministers met on Monday. The summit is set for 16.05.2024.")
        << QStringLiteral("2024-03-12");
    QTest::newRow("numeric dateline, month first")
        << QStringLiteral("HOUSTON, 12/03/2024 - The ministers met on Monday.") << QStringLiteral("2024-12-03");
    QTest::newRow("a byline's part") << QStringLiteral("Talks resume\n\nBy Ann Smith | Updated February 20, 2024 6:42 PM\n\n"
                                                       "The envoys met.")
                                     << QStringLiteral("2024-02-20");
    QTest::newRow("published line") << QStringLiteral("Summit ends\n\nPublished 6 March 2023\n\nThe leaders met.")
                                    << QStringLiteral("2023-03-06");
    QTest::newRow("issued line") << QStringLiteral("Joint statement\n\nIssued on 12 March 2024\n\nThe delegations met.")
                                 << QStringLiteral("2024-03-12");
    QTest::newRow("date with weekday and time")
        << QStringLiteral("Summit ends\nMonday, March 6, 2023 at 5:02 PM GMT\nThe leaders met.") << QStringLiteral("2023-03-06");
    QTest::newRow("place and date line") << QStringLiteral("Ministers agree sanctions\n\nBrussels, 22 April 2024\n\nThey met.")
                                         << QStringLiteral("2024-04-22");
    QTest::newRow("place, weekday and date line")
        << QStringLiteral("Ministers agree sanctions\nWashington, D.C., Monday, March 4, 2024\nThey met.") << QStringLiteral("2024-03-04");
    QTest::newRow("a date before a place is a heading") << QStringLiteral("March 17 in Moscow\n\nThe leaders met.") << QString();
    QTest::newRow("heading with a date is no date line")
        << QStringLiteral("March 17 summit ends in deadlock\n\nThe leaders met.") << QString();
    QTest::newRow("body date is none") << QStringLiteral("The leaders met on March 17, 2008, in Moscow.") << QString();
    QTest::newRow("agency between slashes") << QStringLiteral("MOSCOW, April 2. /TASS/. Lavrov will visit China.")
                                            << QStringLiteral("2024-04-02");
    QTest::newRow("no date") << QStringLiteral("BRUSSELS (AP) \u2014 EU leaders will meet.") << QString();
    QTest::newRow("an ISO date line") << QStringLiteral("Wang Yi Holds Talks\n\n2025-03-27\n\nOn the afternoon of March 27 …")
                                      << QStringLiteral("2025-03-27");
    QTest::newRow("an ISO date and time line") << QStringLiteral("Readout\n2025-03-27 14:05\nThey met.") << QStringLiteral("2025-03-27");
    QTest::newRow("an impossible ISO date") << QStringLiteral("Readout\n2025-02-30\nThey met.") << QString();
    QTest::newRow("heading ending in a dated dash")
        << QStringLiteral("Department Press Briefing \u2013 March 12, 2024\n\nMR MILLER: Good afternoon.") << QStringLiteral("2024-03-12");
    QTest::newRow("heading ending in a dated bar") << QStringLiteral("Joint Statement | 4 June 2024\nThe delegations met.")
                                                   << QStringLiteral("2024-06-04");
    QTest::newRow("heading with a bracketed date") << QStringLiteral("Readout (Monday, March 4, 2024)\nThey met.")
                                                   << QStringLiteral("2024-03-04");
    QTest::newRow("heading's dash date without a year") << QStringLiteral("Summit ends \u2013 March 17\n\nThe leaders met.")
                                                        << QString();
    // a live page's line for the day (round 21); after "on" only with its weekday
    QTest::newRow("situation on a day")
        << QStringLiteral("Ukraine war: key events\n\nHere is the situation on Tuesday, 19 November 2024:\n\nFighting")
        << QStringLiteral("2024-11-19");
    QTest::newRow("an occasion's heading")
        << QStringLiteral("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 4, 2024\n\nCCTV: A question.")
        << QStringLiteral("2024-03-04");
    QTest::newRow("last updated") << QStringLiteral("Live: talks\n\nLast updated: 23 Jan 2024, 18:45 GMT\n\nThe envoys met.")
                                  << QStringLiteral("2024-01-23");
    QTest::newRow("as of a day") << QStringLiteral("Key facts\nAs of 5 March 2024:\nTalks go on.") << QStringLiteral("2024-03-05");
    QTest::newRow("a headline's plan on a day") << QStringLiteral("Xi to visit Paris on May 6, 2024\n\nThe trip is his first.")
                                                << QString();
    QTest::newRow("a body sentence ending in a date") << QStringLiteral("Talks\n\nThe leaders met in Moscow - on March 17, 2008\nLater.")
                                                      << QString();
}

void TestArticleText::publishedInText()
{
    QFETCH(QString, text);
    QFETCH(QString, published);
    const auto day = ArticleMetadata::publishedInText(text, CivilDate{2024, 11, 20});
    QCOMPARE(day ? FuzzyDate::fromDay(*day).toEdtf() : QString(), published);
}

void TestArticleText::metadata_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("publication");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("published");
    QTest::newRow("open graph") << QStringLiteral(
        "<html><head><title>Ignored | Site</title>"
        "<meta property=\"og:title\" content=\"Talks in Geneva &amp; beyond\">"
        "<meta property='og:site_name' content='The Test Gazette'>"
        "<meta name=\"author\" content=\"A. Reporter\">"
        "<meta property=\"og:url\" content=\"https://example.org/geneva\">"
        "<meta property=\"article:published_time\" content=\"2008-03-28T09:15:00Z\"></head><body><p>x</p></body></html>")
                                << QStringLiteral("Talks in Geneva & beyond") << QStringLiteral("The Test Gazette")
                                << QStringLiteral("A. Reporter") << QStringLiteral("https://example.org/geneva")
                                << QStringLiteral("2008-03-28");
    QTest::newRow("title and canonical") << QStringLiteral(
        "<html><head><TITLE>Summit  ends\n early</TITLE><link href=\"https://example.org/s\" rel=\"canonical\">"
        "<meta itemprop=\"datePublished\" content=\"2008-04-07\"></head><body></body></html>")
                                         << QStringLiteral("Summit ends early") << QString() << QString()
                                         << QStringLiteral("https://example.org/s") << QStringLiteral("2008-04-07");
    QTest::newRow("structured data") << QStringLiteral(
        "<html><head><title>T</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"datePublished\": \"2024-03-04T10:00:00Z\"}</script></head><body><p>x</p></body></html>")
                                     << QStringLiteral("T") << QString() << QString() << QString() << QStringLiteral("2024-03-04");
    QTest::newRow("the article's time element") << QStringLiteral(
        "<html><head><title>T</title></head><body><nav><time datetime=\"2001-01-01\">old</time></nav><article><h1>T</h1>"
        "<time class=\"pub\" datetime=\"2024-03-05T08:00\">5 March</time><p>x</p></article></body></html>")
                                                << QStringLiteral("T") << QString() << QString() << QString()
                                                << QStringLiteral("2024-03-05");
    QTest::newRow("nothing usable") << QStringLiteral(
        "<html><head><meta property=\"og:url\" content=\"javascript:alert(1)\">"
        "<meta name=\"article:author\" content=\"https://example.org/me\">"
        "<meta name=\"date\" content=\"2008-02-30\"></head><body><p>Text</p></body></html>")
                                    << QString() << QString() << QString() << QString() << QString();
}

void TestArticleText::metadata()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QString, publication);
    QFETCH(QString, author);
    QFETCH(QString, url);
    QFETCH(QString, published);
    const ArticleMetadata meta = ArticleMetadata::fromHtml(html);
    QCOMPARE(meta.title, title);
    QCOMPARE(meta.publication, publication);
    QCOMPARE(meta.author, author);
    QCOMPARE(meta.url, url);
    QCOMPARE(meta.published ? FuzzyDate::fromDay(*meta.published).toEdtf() : QString(), published);
}

void TestArticleText::codePoints()
{
    const QString text = QStringLiteral("\U0001F600 \u00E9 \U0001F30D x");
    const CodePointMap map(text);
    QCOMPARE(map.toCodePoint(0), 0);
    QCOMPARE(map.toCodePoint(2), 1); // after the emoji (two UTF-16 units)
    QCOMPARE(map.toCodePoint(int(text.indexOf(u'x'))), int(text.toUcs4().indexOf(U'x')));
    QCOMPARE(CodePointMap(QStringLiteral("plain")).toCodePoint(3), 3);
}

void TestArticleText::sentences()
{
    const QString text = QStringLiteral("U.S. President George W. Bush spoke. Mr. Lavrov said \"No.\" Then he left.\n\nNew paragraph here.");
    const std::vector<Sentence> s = SentenceSplitter::split(text);
    QCOMPARE(s.size(), size_t(4));
    QCOMPARE(text.mid(s[0].start, s[0].end - s[0].start), QStringLiteral("U.S. President George W. Bush spoke."));
    QCOMPARE(text.mid(s[1].start, s[1].end - s[1].start), QStringLiteral("Mr. Lavrov said \"No.\""));
    QCOMPARE(s[2].paragraph, 0);
    QCOMPARE(s[3].paragraph, 1);
    // Without blank lines, each line is a paragraph.
    const std::vector<Sentence> lines = SentenceSplitter::split(QStringLiteral("One. Two.\nThree.\nFour."));
    QCOMPARE(lines.size(), size_t(4));
    QCOMPARE(lines[1].paragraph, 0);
    QCOMPARE(lines[2].paragraph, 1);
    QCOMPARE(lines[3].paragraph, 2);
    // After a blank line, a long line that ends a sentence is a paragraph too; lines wrapped by hand
    // (short ones) are not.
    const QString prose = QStringLiteral("A long first paragraph of prose that runs on and on, well past the width of "
                                         "any line that a writer would ever wrap by hand in a plain text file.");
    const std::vector<Sentence> paragraphs = SentenceSplitter::split(QStringLiteral("Headline\n\n") + prose + u'\n' + prose);
    QCOMPARE(paragraphs.size(), size_t(3));
    QCOMPARE(paragraphs[1].paragraph + 1, paragraphs[2].paragraph);
    const std::vector<Sentence> wrapped = SentenceSplitter::split(QStringLiteral("Headline\n\nShort lines wrapped.\nBy hand."));
    QCOMPARE(wrapped[1].paragraph, wrapped[2].paragraph);
    // "on X." ends a sentence: the platform, not an initial ("Malcolm X. Little" goes on)
    const QString posted = QStringLiteral("Michel wrote on X. Zelenskiy welcomed it. Malcolm X. Little spoke.");
    const std::vector<Sentence> platform = SentenceSplitter::split(posted);
    QCOMPARE(platform.size(), size_t(3));
    QCOMPARE(posted.mid(platform[0].start, platform[0].end - platform[0].start), QStringLiteral("Michel wrote on X."));
}

// A full stop after an abbreviation goes on; the first sentence is all of the text before " | ".
void TestArticleText::abbreviations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("case name") << QStringLiteral("The Court heard South Africa v. Israel on Thursday. | It will rule soon.") << 2;
    QTest::newRow("versus") << QStringLiteral("Smith vs. Jones was decided. | Both appealed.") << 2;
    QTest::newRow("ambassador") << QStringLiteral("Amb. Linda Thomas-Greenfield spoke first. | Others followed.") << 2;
    QTest::newRow("ranks") << QStringLiteral("Maj. Gen. Ivan Petrov and Capt. Ana Ruiz met Sgt. Lee. | They left.") << 2;
    QTest::newRow("the honourable") << QStringLiteral("The Rt. Hon. David Lammy MP arrived. | He spoke.") << 2;
    QTest::newRow("sentence end") << QStringLiteral("The envoy left. | The talks ended.") << 2;
}

void TestArticleText::abbreviations()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    const qsizetype bar = text.indexOf(QLatin1String(" | "));
    const QString first = text.left(bar);
    text.remove(bar, 2); // " | " becomes " "
    const std::vector<Sentence> s = SentenceSplitter::split(text);
    QCOMPARE(int(s.size()), count);
    if (count > 1)
        QCOMPARE(text.mid(s[0].start, s[0].end - s[0].start), first);
}

QTEST_GUILESS_MAIN(TestArticleText)
#include "tst_articletext.moc"
