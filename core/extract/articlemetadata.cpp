#include "core/extract/articlemetadata.h"

#include "core/extract/htmltext.h"
#include "core/extract/lexicon.h"
#include "core/extract/timexvalue.h"
#include "core/extract/wiredateline.h"

#include <QHash>
#include <QRegularExpression>

#include <tuple>

namespace dateline::extract {

namespace {

// Attribute values are untrusted text: entities decoded, whitespace collapsed, length bounded.
QString clean(const QString &value)
{
    static const QRegularExpression entity(QStringLiteral("&(#?[A-Za-z0-9]+);"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const std::optional<QString> decoded = HtmlText::decodeEntity(m.capturedView(1));
        out += QStringView(value).mid(last, m.capturedStart() - last);
        out += decoded ? *decoded : m.captured();
        last = m.capturedEnd();
    }
    out += QStringView(value).mid(last);
    return out.simplified().left(1000);
}

QHash<QString, QString> attributes(QStringView tag)
{
    static const QRegularExpression attribute(
        QStringLiteral("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))"));
    QHash<QString, QString> out;
    for (auto it = attribute.globalMatch(tag); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString value = m.captured(2) + m.captured(3) + m.captured(4); // only one is set
        out.insert(m.captured(1).toLower(), value);
    }
    return out;
}

std::optional<CivilDate> leadingDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})"));
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const CivilDate d{m.captured(1).toLongLong(), m.captured(2).toInt(), m.captured(3).toInt()};
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > calendar::daysInMonth(d.year, d.month))
        return std::nullopt;
    return d;
}

} // namespace

QString ArticleMetadata::authorInText(const QString &plainText)
{
    // names before the byline's separator (after "By", or before a separator and a digit of the date)
    static const QRegularExpression byline(QStringLiteral("^By\\s+([^|\u00B7\u2022\u2013\u2014]{3,120}?)\\s*(?:[|\u00B7\u2022\u2013\u2014]|$)"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression credit(QStringLiteral("^([^|\u00B7\u2022]{3,120}?)\\s+[|\u00B7\u2022]\\s+[^|]{0,20}?\\d"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    // a person's name: two to four capitalised words ("Jane Roe", "Ursula von der Leyen"), or two joined
    static const QRegularExpression person(QStringLiteral(
        "^\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+(?:(?:von|van|der|den|de|da|del|al|bin|el|la)\\s+){0,2}\\p{Lu}[\\p{L}.'\u2019-]*){1,3}$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression joiner(QStringLiteral("\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+"));
    int lines = 0;
    for (const QString &raw : plainText.left(4000).split(u'\n')) {
        const QString line = raw.simplified();
        if (line.isEmpty())
            continue;
        if (++lines > 12)
            break;
        QRegularExpressionMatch m = byline.match(line);
        if (!m.hasMatch())
            m = credit.match(line);
        if (!m.hasMatch())
            continue;
        // the names up to a part that is none: a role ("Political editor"), an agency ("Reuters")
        QStringList names;
        for (const QString &part : m.captured(1).split(joiner, Qt::SkipEmptyParts)) {
            if (!person.match(part).hasMatch())
                break;
            names << part;
        }
        if (names.isEmpty())
            continue;
        if (names.size() == 1)
            return names.front();
        const QString last = names.takeLast();
        return names.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
    }
    return {};
}

QString ArticleMetadata::headingInText(const QString &plainText)
{
    QString first;
    for (const QString &line : plainText.left(4000).split(u'\n')) {
        first = line.simplified();
        if (!first.isEmpty())
            break;
    }
    // a dateline names its agency or its date: "NATO - the alliance at 75" keeps its first word
    first.remove(0, wireDatelineAt(first).length);
    // a story with no headline starts with its first paragraph: its first sentence, at most ~150 characters
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](?=\\s+[A-Z\"“])"));
    if (first.size() > 150) {
        const QRegularExpressionMatch m = sentenceEnd.match(first);
        if (m.hasMatch() && m.capturedStart() < 150) {
            first.truncate(m.capturedStart());
        } else {
            const qsizetype space = first.lastIndexOf(u' ', 150);
            first = first.left(space > 60 ? space : 150) + QChar(0x2026);
        }
    }
    return first;
}

ArticleMetadata ArticleMetadata::fromHtml(const QString &html)
{
    ArticleMetadata meta;
    // The head is enough, and bounds the work on a large page.
    const qsizetype bodyAt = html.indexOf(QLatin1String("<body"), 0, Qt::CaseInsensitive);
    const QStringView head = QStringView(html).left(bodyAt > 0 ? std::min<qsizetype>(bodyAt, 512 * 1024) : 512 * 1024);
    QHash<QString, QString> values;
    static const QRegularExpression tag(QStringLiteral("<(meta|link)\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = tag.globalMatch(head); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QHash<QString, QString> a = attributes(m.capturedView(2));
        if (m.captured(1).compare(QLatin1String("link"), Qt::CaseInsensitive) == 0) {
            if (a.value(QStringLiteral("rel")).compare(QLatin1String("canonical"), Qt::CaseInsensitive) == 0)
                values.insert(QStringLiteral("canonical"), clean(a.value(QStringLiteral("href"))));
            continue;
        }
        QString key = a.value(QStringLiteral("property"));
        if (key.isEmpty())
            key = a.value(QStringLiteral("name"));
        if (key.isEmpty())
            key = a.value(QStringLiteral("itemprop"));
        if (!key.isEmpty() && a.contains(QStringLiteral("content")) && !values.contains(key.toLower()))
            values.insert(key.toLower(), clean(a.value(QStringLiteral("content"))));
    }
    auto first = [&](std::initializer_list<const char *> keys) {
        for (const char *k : keys)
            if (const QString v = values.value(QLatin1String(k)); !v.isEmpty())
                return v;
        return QString();
    };
    meta.title = first({"og:title", "twitter:title", "headline"});
    if (meta.title.isEmpty()) {
        static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"), QRegularExpression::CaseInsensitiveOption);
        meta.title = clean(title.match(head).captured(1));
    }
    meta.publication = first({"og:site_name", "application-name", "publisher"});
    meta.url = first({"og:url", "canonical"});
    if (!meta.url.startsWith(QLatin1String("http://")) && !meta.url.startsWith(QLatin1String("https://")))
        meta.url.clear(); // a relative or scripted link is no citation
    meta.author = first({"author", "article:author", "byl", "dc.creator"});
    if (meta.author.startsWith(QLatin1String("http")))
        meta.author.clear(); // article:author is often a profile URL
    meta.published = leadingDate(first({"article:published_time", "datepublished", "og:published_time", "pubdate",
                                        "publish-date", "date", "dc.date.issued", "dc.date"}));
    if (!meta.published) {
        // Structured data many news pages carry instead ("datePublished": "2024-03-04T10:00:00Z" in
        // JSON-LD, anywhere in the first 512 KB), then the first <time datetime="…"> of the <article>
        // (a menu's or a related story's time comes before it or in another element)
        const QStringView page = QStringView(html).left(512 * 1024);
        static const QRegularExpression jsonLd(QStringLiteral("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\""));
        static const QRegularExpression time(QStringLiteral("<time\\b[^>]*\\bdatetime\\s*=\\s*[\"']([^\"']{8,40})[\"']"),
                                             QRegularExpression::CaseInsensitiveOption);
        meta.published = leadingDate(jsonLd.match(page).captured(1));
        if (const qsizetype article = page.indexOf(QLatin1String("<article"), 0, Qt::CaseInsensitive);
            !meta.published && article >= 0)
            meta.published = leadingDate(time.match(page.mid(article, 64 * 1024)).captured(1));
    }
    return meta;
}

std::optional<CivilDate> ArticleMetadata::publishedInText(const QString &plainText, CivilDate notAfter)
{
    // Month D[, YYYY] or D Month[ YYYY]; the month as a name or its abbreviation.
#define DL_MONTH "([A-Z][a-z]{2,8})\\.?"
#define DL_DAY "(\\d{1,2})(?:st|nd|rd|th)?"
    static const QRegularExpression monthFirst(QStringLiteral(DL_MONTH "\\s+" DL_DAY "(?:,?\\s+(\\d{4}))?"));
    static const QRegularExpression dayFirst(QStringLiteral(DL_DAY "\\s+" DL_MONTH "(?:,?\\s+(\\d{4}))?"));
#undef DL_MONTH
#undef DL_DAY
    // a line of its own: "Published 6 March 2023", "Updated: March 6, 2023 5:02 PM GMT"
    static const QRegularExpression ownLine(QStringLiteral(
        "^(?:(?:Published|Updated|Last updated|Last modified|Posted|First published|Issued|Released|Dated|Date)(?:\\s+on)?:?\\s+)?((?:[A-Z][a-z]+,?\\s+)?[^\\n]{5,40}?)"
        "(?:,?\\s+(?:at\\s+)?\\d{1,2}[.:]\\d{2}.*)?$"));
    // a numeric date: "RIYADH, 12/03/2024 -" (day first as the text writes its dates), "03.12.2024"
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})$"));
    const bool daysFirst = timexvalue::numericDatesDayFirst(plainText.left(20000));
    auto read = [&](const QString &s) -> std::optional<CivilDate> {
        if (const QRegularExpressionMatch m = numeric.match(s.trimmed()); m.hasMatch()) {
            const int a = m.captured(1).toInt(), b = m.captured(3).toInt();
            const bool df = timexvalue::numericDateDayFirst(a, b, m.captured(2).at(0), daysFirst);
            const CivilDate d{m.captured(4).toLongLong(), df ? b : a, df ? a : b};
            if (d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= calendar::daysInMonth(d.year, d.month))
                return d;
            return std::nullopt;
        }
        for (const QRegularExpression *form : {&monthFirst, &dayFirst}) {
            const QRegularExpressionMatch m = form->match(s);
            if (!m.hasMatch())
                continue;
            const bool mf = form == &monthFirst;
            const int month = lexicon::month(m.captured(mf ? 1 : 2).toLower());
            const int day = m.captured(mf ? 2 : 1).toInt();
            if (!month || day < 1 || day > 31)
                continue;
            CivilDate d{m.captured(3).isEmpty() ? notAfter.year : m.captured(3).toLongLong(), month, day};
            if (m.captured(3).isEmpty() && std::tie(d.month, d.day) > std::tie(notAfter.month, notAfter.day))
                --d.year;
            if (day > calendar::daysInMonth(d.year, month))
                continue;
            // the whole line must be the date (a weekday and a time around it at most), or a place
            // and the date: "Brussels, 22 April 2024", "Washington, D.C., Monday, March 4, 2024"
            static const QRegularExpression weekdayAtEnd(QStringLiteral(",?\\s*\\b(\\p{L}+),?$"),
                                                         QRegularExpression::UseUnicodePropertiesOption);
            static const QRegularExpression place(QStringLiteral("^\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}"
                                                                 "(?:,\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})?$"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
            QString rest = QString(s).remove(m.capturedStart(), m.capturedLength()).simplified();
            if (rest.endsWith(u','))
                rest.chop(1);
            if (const QRegularExpressionMatch w = weekdayAtEnd.match(rest); w.hasMatch() && lexicon::weekday(w.captured(1).toLower()))
                rest.truncate(w.capturedStart());
            const bool placeBefore = m.capturedStart() > 0 && place.match(rest).hasMatch();
            if (!rest.isEmpty() && !placeBefore)
                continue;
            return d;
        }
        return std::nullopt;
    };
    // a line that is an ISO date, as official sites print it ("2025-03-27", "2025-03-27 14:05")
    static const QRegularExpression iso(QStringLiteral("^(?:(?:Published|Updated|Posted|Date):?\\s+)?(\\d{4})-(\\d{2})-(\\d{2})"
                                                       "(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?\\S*)?$"));
    const QStringList lines = plainText.left(1200).split(u'\n');
    for (qsizetype i = 0; i < lines.size() && i < 12; ++i) {
        const QString line = lines[i].trimmed();
        if (const QRegularExpressionMatch m = iso.match(line); m.hasMatch()) {
            const CivilDate d{m.captured(1).toLongLong(), m.captured(2).toInt(), m.captured(3).toInt()};
            if (d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= calendar::daysInMonth(d.year, d.month))
                return d;
        }
        if (const WireDateline w = wireDatelineAt(line); !w.date.isEmpty())
            if (const auto d = read(w.date))
                return d;
        // (or a part of a byline: "By Ann Smith | Updated February 20, 2025 6:42 PM", "Reuters · 3 March 2025")
        static const QRegularExpression bylineParts(QStringLiteral("\\s+[|\u00B7\u2022]\\s+"));
        const QStringList parts = line.startsWith(QLatin1String("By ")) || line.contains(bylineParts)
            ? line.split(bylineParts, Qt::SkipEmptyParts) : QStringList{line};
        for (const QString &part : parts)
            if (part.size() <= 60)
                if (const QRegularExpressionMatch m = ownLine.match(part); m.hasMatch())
                    if (const auto d = read(m.captured(1)))
                        return d;
    }
    // Failing those, a heading that ends in a full date after a dash, bar or colon, or in brackets:
    // "Department Press Briefing – March 12, 2024", "Joint Statement | 4 June 2024". Only with the
    // year: "Summit ends – March 17" may name the summit's day rather than the page's.
    static const QRegularExpression headingDate(QStringLiteral("^\\S.{2,100}?\\s*(?:\\s[-\u2013\u2014|]|:|\\()\\s*"
                                                               "([^-\u2013\u2014|:()]{5,40}\\b\\d{4})\\)?$"));
    int headings = 0;
    for (qsizetype i = 0; i < lines.size() && headings < 3; ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        ++headings;
        if (const QRegularExpressionMatch m = headingDate.match(line); m.hasMatch())
            if (const auto d = read(m.captured(1).trimmed()))
                return d;
        // a live page's "Here is the situation on Tuesday, 19 November 2024:", "As of 5 March 2025:"
        // (after "on" only with the weekday: "Xi to visit Paris on May 6, 2024" is a headline's plan)
        static const QRegularExpression todayIs(QStringLiteral("^(?:\\S.{2,80}?\\s)?(?:(on)|[Aa]s of)\\s+((?:(\\p{L}+),?\\s+)?[^:;]{5,30}?\\b\\d{4})[:.]?$"),
                                                QRegularExpression::UseUnicodePropertiesOption);
        // (or a heading that names the occasion: "Spokesperson Lin Jian's Regular Press Conference on
        // March 4, 2025", "Remarks by the President on May 6, 2024")
        static const QRegularExpression occasion(QStringLiteral(
            "\\b(?:[Pp]ress\\s+[Cc]onference|[Bb]riefing|[Rr]emarks|[Ss]tatement|[Rr]eadout|[Tt]ranscript|[Ii]nterview|"
            "[Ss]peech|[Aa]ddress|[Cc]ommuniqu\u00E9|[Cc]ommunique|[Dd]eclaration)\\b"));
        if (const QRegularExpressionMatch m = todayIs.match(line);
            m.hasMatch() && (m.captured(1).isEmpty() || lexicon::weekday(m.captured(3).toLower()) || occasion.match(line).hasMatch()))
            if (const auto d = read(m.captured(2)))
                return d;
    }
    return std::nullopt;
}

} // namespace dateline::extract
