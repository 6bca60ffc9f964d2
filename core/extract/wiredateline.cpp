#include "core/extract/wiredateline.h"
#include "core/extract/countrynames.h"

#include <QRegularExpression>

namespace dateline::extract {

namespace {

// A city and its country before a long dash, as some broadcasters' sites open a story: "Doha, Qatar –
// Qatar's Prime Minister …" (no agency, no date: the country makes it a dateline, not a heading such
// as "Trump, Putin – what we know").
WireDateline placeAndCountry(QStringView line)
{
    static const QRegularExpression head(QStringLiteral("^\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,3},\\s+"
                                                        "(\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+){0,2})\\s+[\u2013\u2014]\\s+(?=\\p{Lu})"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = head.match(line.left(80));
    const CountryNames::Entry *country = m.hasMatch() ? CountryNames::instance().find(m.captured(1)) : nullptr;
    if (!country || country->kind != CountryNames::Kind::Name)
        return {};
    return {int(m.capturedLength()), QString()};
}

} // namespace

WireDateline wireDatelineAt(QStringView line)
{
    static const QRegularExpression head(
        QStringLiteral(
            // the place: in capitals, or in mixed case before an agency in brackets ("Paris (AFP) -") or
            // before a full date and the dash ("Tokyo, 12 September 2025 –"); two places filed from share it
            // ("MANILA/BEIJING, Aug 31 (Reuters) -")
            "^(?:\\p{Lu}[\\p{Lu} .'-]{1,40}(?:/\\p{Lu}[\\p{Lu} .'-]{1,30})?|\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,3}(?=(?:,[^(\\n]{3,30})?\\s*\\(\\p{Lu}|"
            ",\\s*(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\.?,?\\s+\\d{4}|\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},?\\s+\\d{4})\\s*(?:[-\u2013\u2014]|--)\\s))"
            // its country or state, an agency, the date (captured), an agency
            "(?:,\\s+\\p{Lu}[\\p{L} .'-]{1,30})?(?:\\s*\\([^)\\n]{0,40}\\))?(?:,\\s+([^(\\n]{3,30}?))?"
            "\\s*(?:\\([^)\\n]{0,40}\\)\\s*)?"
            // the dash ("_" in older AP copy), or the agency between slashes; or nothing after the agency
            // in brackets, the story going on at once ("NEW DELHI, Dec 3 (IANS) Prime Minister …")
            "(?:(?:[-\u2013\u2014]|--)\\s+|_\\s*|\\.?\\s*/\\p{Lu}[\\p{L}-]{1,15}/\\.?\\s+|(?<=\\)\\s)(?=\\p{Lu}))"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = head.match(line.left(200));
    if (!m.hasMatch() || !(m.hasCaptured(1) || m.capturedView().contains(u'(')))
        return placeAndCountry(line);
    // (without a dash, only after a date and an agency's one word: not "NATO (the alliance) Meets")
    static const QRegularExpression agencyLast(QStringLiteral("\\(\\p{Lu}[\\p{L}.]{1,12}\\)\\s$"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    if (m.capturedView().back().isSpace() && !m.capturedView().contains(u'-') && !m.capturedView().contains(u'\u2013')
        && !m.capturedView().contains(u'\u2014') && !m.capturedView().contains(u'_') && !m.capturedView().contains(u'/')
        && !(m.hasCaptured(1) && agencyLast.match(m.capturedView()).hasMatch()))
        return {};
    return {int(m.capturedLength()), m.captured(1)};
}

TextSpan findWireDateline(const QString &text)
{
    qsizetype line = 0;
    for (int lines = 0; line < text.size() && line < 3000 && lines < 12;) {
        qsizetype next = text.indexOf(u'\n', line);
        if (next < 0)
            next = text.size();
        qsizetype start = line;
        while (start < next && text.at(start).isSpace())
            ++start;
        if (start < next) { // (blank lines do not count)
            if (const WireDateline d = wireDatelineAt(QStringView(text).mid(start, next - start)); d.length > 0)
                return {int(start), int(start) + d.length};
            ++lines;
        }
        line = next + 1;
    }
    return {};
}

} // namespace dateline::extract
