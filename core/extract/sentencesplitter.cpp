#include "core/extract/sentencesplitter.h"

#include "core/extract/lexicon.h"
#include "core/extract/wiredateline.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dateline::extract {
namespace {

bool isQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201D) || c == QChar(0x201C) || c == QChar(0x2019) || c == u'\'';
}

bool abbreviationBefore(const QString &text, int dot)
{
    static const QSet<QString> abbreviations = {
        QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("dr"), QStringLiteral("gen"),
        QStringLiteral("sen"), QStringLiteral("rep"), QStringLiteral("gov"), QStringLiteral("lt"), QStringLiteral("col"),
        QStringLiteral("adm"), QStringLiteral("st"), QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
        QStringLiteral("sept"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"), QStringLiteral("no"),
        QStringLiteral("vs"), QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("prof"), QStringLiteral("calif"),
        QStringLiteral("inc"), QStringLiteral("corp"), QStringLiteral("co"), QStringLiteral("ltd"), QStringLiteral("p"),
        QStringLiteral("a"), QStringLiteral("m"),
        // "South Africa v. Israel" (a case's name); ranks and styles before a name
        QStringLiteral("v"), QStringLiteral("amb"), QStringLiteral("pres"), QStringLiteral("sgt"), QStringLiteral("capt"),
        QStringLiteral("maj"), QStringLiteral("brig"), QStringLiteral("cmdr"), QStringLiteral("rev"), QStringLiteral("hon"), QStringLiteral("rt"),
        QStringLiteral("messrs"), QStringLiteral("mt"), QStringLiteral("ft"), QStringLiteral("sens"), QStringLiteral("reps")};
    int b = dot;
    while (b > 0 && text.at(b - 1).isLetter())
        --b;
    const QString word = text.mid(b, dot - b);
    // "W." in "George W. Bush", "U.S." ("S" after "U."); not the platform of "wrote on X."
    if (word.size() == 1 && word.at(0).isUpper())
        return !(word == u"X" && b >= 3 && text.mid(b - 3, 3) == u"on ");
    return abbreviations.contains(word.toLower());
}

// "10 a.m. Monday", "3 p.m. EST" go on; "ended at 10:40 a.m. Some troops …" is a new sentence.
bool clockGoesOn(const QString &text, int dot, int next)
{
    if (dot < 3 || text.at(dot - 1).toLower() != u'm' || text.at(dot - 2) != u'.'
        || (text.at(dot - 3).toLower() != u'a' && text.at(dot - 3).toLower() != u'p'))
        return true; // not a clock's "a.m."
    int e = next;
    while (e < text.size() && text.at(e).isLetter())
        ++e;
    const QString word = text.mid(next, e - next);
    const QString lower = word.toLower();
    return lexicon::weekday(lower) || lexicon::month(lower) || (word == word.toUpper() && lexicon::timeZone(lower))
        || lower == u"local" || lower == u"eastern" || lower == u"pacific" || lower == u"central";
}

// A list item's line: "- …", "* …", "• …", "– …", "1. …", "2) …". Each item is a paragraph of its
// own, so that a quotation in one is not given to the events of the others.
bool opensListItem(const QString &text, int at)
{
    const int n = int(text.size());
    if (at >= n)
        return false;
    const QChar c = text.at(at);
    if (c == u'-' || c == u'*' || c == u'+' || c == QChar(0x2022) || c == QChar(0x2013) || c == QChar(0x2014)
        || c == QChar(0x00B7))
        return at + 1 < n && text.at(at + 1) == u' ';
    int k = at;
    while (k < n && k - at < 3 && text.at(k).isDigit())
        ++k;
    return k > at && k + 1 < n && (text.at(k) == u'.' || text.at(k) == u')') && text.at(k + 1) == u' ';
}

} // namespace

const Sentence *SentenceSplitter::at(const std::vector<Sentence> &sentences, int pos, int slack)
{
    auto it = std::upper_bound(sentences.begin(), sentences.end(), pos, [](int p, const Sentence &s) { return p < s.start; });
    if (it == sentences.begin())
        return nullptr;
    --it;
    return pos < it->end + slack ? &*it : nullptr;
}

std::vector<int> SentenceSplitter::headingLines(const QString &text)
{
    std::vector<int> headings;
    bool blankBefore = false;
    for (qsizetype line = 0; line < text.size();) {
        qsizetype end = text.indexOf(u'\n', line);
        if (end < 0)
            end = text.size();
        const QStringView l = QStringView(text).mid(line, end - line).trimmed();
        static const QString sentenceEnd = QStringLiteral(".?!:;,\"\u201D\u2019)");
        if (blankBefore && !l.isEmpty() && l.size() <= 60 && !sentenceEnd.contains(l.back()) && end < text.size())
            headings.push_back(int(line));
        blankBefore = line > 0 && l.isEmpty();
        line = end + 1;
    }
    return headings;
}

std::vector<Sentence> SentenceSplitter::split(const QString &text)
{
    std::vector<Sentence> out;
    const int n = int(text.size());
    int paragraph = 0;
    // Text without blank lines has one paragraph per line (news copied from the web often does).
    static const QRegularExpression blankLine(QStringLiteral("\n[ \t\r]*\n"));
    const bool linesAreParagraphs = !blankLine.match(text).hasMatch();
    // (and a long line that ends a sentence is one after a blank line too: "Headline\n\nFirst
    // paragraph.\nSecond paragraph." — text wrapped by hand has short lines)
    constexpr int kParagraphLine = 120;
    static const QString sentenceEnds = QStringLiteral(".!?\"\u201D\u2019'");
    int lineStart = 0;
    int start = -1;
    auto finish = [&](int end) {
        if (start < 0)
            return;
        int e = end;
        while (e > start && text.at(e - 1).isSpace())
            --e;
        if (e > start)
            out.push_back(Sentence{start, e, paragraph});
        start = -1;
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            finish(i);
            int last = i;
            while (last > lineStart && text.at(last - 1).isSpace())
                --last;
            const bool proseLine = last - lineStart > kParagraphLine && sentenceEnds.contains(text.at(last - 1));
            int j = i + 1;
            bool blank = false;
            while (j < n && text.at(j).isSpace()) {
                blank = blank || text.at(j) == u'\n';
                ++j;
            }
            lineStart = j;
            if ((blank || linesAreParagraphs || proseLine || opensListItem(text, j)) && !out.empty() && out.back().paragraph == paragraph)
                ++paragraph;
            i = j - 1;
            continue;
        }
        if (start < 0) {
            if (c.isSpace())
                continue;
            start = i;
        }
        if (c == u'.' || c == u'!' || c == u'?') {
            int j = i + 1;
            while (j < n && (isQuote(text.at(j)) || text.at(j) == u')'))
                ++j;
            // a reference mark after the stop belongs to its sentence: "… the Contact Group.[2] It failed"
            while (j < n && text.at(j) == u'[') {
                int close = j + 1;
                while (close < n && close - j <= 24 && text.at(close) != u']' && text.at(close) != u'\n')
                    ++close;
                if (close >= n || text.at(close) != u']')
                    break;
                j = close + 1;
            }
            if (j < n && !text.at(j).isSpace())
                continue;
            int k = j;
            while (k < n && text.at(k) == u' ')
                ++k;
            if (k < n && !(text.at(k).isUpper() || text.at(k).isDigit() || isQuote(text.at(k)) || text.at(k) == QChar(0x201C)
                           || text.at(k) == u'\n'))
                continue;
            if (c == u'.' && j == i + 1 && abbreviationBefore(text, i) && k < n && text.at(k) != u'\n' && !isQuote(text.at(k))
                && clockGoesOn(text, i, k))
                continue;
            finish(j);
            i = j - 1;
        }
    }
    finish(n);
    // The wire dateline is part of the story's first sentence, even one that ends in a full stop
    // ("MOSCOW, April 2. /TASS/. Lavrov will …").
    if (const TextSpan dateline = findWireDateline(text); dateline.end > dateline.start) {
        const auto s = std::find_if(out.begin(), out.end(), [&](const Sentence &x) { return x.start == dateline.start; });
        while (s != out.end() && s->end < dateline.end && s + 1 != out.end() && (s + 1)->paragraph == s->paragraph) {
            s->end = (s + 1)->end;
            out.erase(s + 1);
        }
        if (s != out.end() && s->end >= dateline.end)
            s->datelineEnd = dateline.end;
    }
    return out;
}

} // namespace dateline::extract
