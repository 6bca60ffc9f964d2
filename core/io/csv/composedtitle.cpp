#include "core/io/csv/composedtitle.h"

#include "core/io/gdelt/cameoverbs.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

// Where the first sentence of a note ends: a full stop, question or exclamation mark before a
// space and a capital (or the end), not after an abbreviation or an initial ("U.S.", "Gen.", "J.").
qsizetype sentenceEnd(const QString &text)
{
    static const QSet<QString> abbreviations = {
        u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s, u"st"_s, u"gen"_s, u"col"_s, u"lt"_s, u"sgt"_s, u"maj"_s, u"capt"_s,
        u"no"_s, u"vs"_s, u"approx"_s, u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"jun"_s, u"jul"_s, u"aug"_s,
        u"sep"_s, u"sept"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n')
            return i;
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        if (i + 1 < text.size() && !text.at(i + 1).isSpace())
            continue; // "29.5", "U.S"
        qsizetype w = i;
        while (w > 0 && text.at(w - 1).isLetter())
            --w;
        const QString word = text.mid(w, i - w);
        if (c == u'.' && (word.size() == 1 || abbreviations.contains(word.toLower())))
            continue;
        qsizetype next = i + 1;
        while (next < text.size() && text.at(next).isSpace() && text.at(next) != u'\n')
            ++next;
        if (next >= text.size() || text.at(next).isUpper() || text.at(next).isDigit() || text.at(next) == u'"'
            || text.at(next) == u'\u201C' || text.at(next) == u'\n')
            return i;
    }
    return text.size();
}

QString firstSentence(const QString &description)
{
    QString s = description.trimmed();
    s = s.left(sentenceEnd(s)).simplified();
    // "On 15 March 2023, Russian forces clashed …", "On or around 2 May 2022 (as reported), …": the
    // event's date is the row's date already
    static const QRegularExpression openingDate(
        u"^(?:on or around|on or about|on|in|around|between|overnight on|from)\\s[^,.;]{0,60}?\\b\\d{4}\\b[^,;]{0,40},\\s*"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (const QRegularExpressionMatch m = openingDate.match(s); m.hasMatch()) {
        const QString rest = s.mid(m.capturedEnd());
        if (rest.count(u' ') >= 2)
            s = rest.at(0).toUpper() + rest.mid(1);
    }
    QStringList words = s.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > kComposedTitleWords) {
        words = words.mid(0, kComposedTitleWords);
        return words.join(u' ') + u'…';
    }
    return s;
}

} // namespace

QString composedTitle(const TitleParts &parts)
{
    if (!parts.cameoCode.isEmpty() && !parts.actors.isEmpty()) {
        if (const QLatin1StringView verb = gdelt::cameoVerb(parts.cameoCode); !verb.isEmpty()) {
            if (parts.actors.size() == 1)
                return parts.actors.first() + u' ' + gdelt::verbAlone(verb);
            return parts.actors.first() + u' ' + verb + u' ' + parts.actors.at(1);
        }
    }
    if (const QString sentence = firstSentence(parts.description); !sentence.isEmpty())
        return sentence;
    const QString who = parts.actors.mid(0, 2).join(u" – "_s);
    const QString what = !parts.eventType.isEmpty() ? parts.eventType : parts.tags.isEmpty() ? QString() : parts.tags.last();
    if (who.isEmpty() || what.isEmpty())
        return who.isEmpty() ? what : who;
    return who + u": "_s + what;
}

} // namespace dateline
