// Document: lists of sources for the Library and for pickers, which must stay quick with a GDELT
// document's million articles.
#include "core/store/document.h"

#include "core/store/documentprivate.h"

namespace dateline {

std::vector<SourceListRow> Document::sourceListRows() const
{
    std::vector<SourceListRow> rows;
    Statement s = d->db->prepare("SELECT id, title, publication, author, url, reliability FROM sources ORDER BY id");
    while (s.step()) {
        SourceListRow &row = rows.emplace_back();
        row.id = SourceId(s.int64(0));
        row.title = s.text(1);
        row.publication = s.text(2);
        row.author = s.text(3);
        row.url = s.text(4);
        const QString grade = s.text(5);
        if (!grade.isEmpty())
            row.reliability = grade.at(0);
    }
    return rows;
}

std::vector<Source> Document::sourcesMatching(const QString &text, int limit) const
{
    std::vector<Source> result;
    const QString needle = text.trimmed();
    const auto matches = [&needle](const QString &title, const QString &publication, const QString &url) {
        return needle.isEmpty() || title.contains(needle, Qt::CaseInsensitive)
            || publication.contains(needle, Qt::CaseInsensitive) || url.contains(needle, Qt::CaseInsensitive);
    };
    // Typing narrows: what matches a needle also matches every needle it contains. So once a call
    // has seen every match of a needle (fewer than its limit, a scan of the whole table), the next
    // keystrokes only check those, until the file changes (here: this connection's change count;
    // elsewhere: SQLite's data_version).
    const std::pair stamp(d->db->pragma("data_version"), d->db->totalChanges());
    std::erase_if(d->sourceMatches, [&stamp](const Private::SourceMatches &m) { return m.stamp != stamp; });
    const Private::SourceMatches *known = nullptr;
    for (const Private::SourceMatches &m : d->sourceMatches) {
        if (needle.contains(m.needle, Qt::CaseInsensitive) && (!known || m.ids.size() < known->ids.size()))
            known = &m;
    }
    if (known && !needle.isEmpty()) {
        for (Source &s : sources(known->ids)) {
            if (int(result.size()) >= limit)
                break;
            if (matches(s.title, s.publication, s.url))
                result.push_back(std::move(s));
        }
    } else {
        // SQL LIKE folds the case of ASCII letters only, so it narrows the rows only for an ASCII
        // needle (3x faster over a million GDELT articles); `matches` folds Unicode case either way.
        bool ascii = true;
        for (QChar c : needle)
            ascii = ascii && c.unicode() < 0x80;
        QString pattern = needle;
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        const bool narrow = ascii && !needle.isEmpty();
        Statement s = d->db->prepare(QByteArray("SELECT ") + store::kSourceColumns + " FROM sources "
                                     + (narrow ? "WHERE title LIKE ?1 ESCAPE '\\' OR publication LIKE ?1 ESCAPE '\\' "
                                                 "OR url LIKE ?1 ESCAPE '\\' "
                                               : "")
                                     + "ORDER BY id");
        if (narrow)
            s.bind(1, u'%' + pattern + u'%');
        while (int(result.size()) < limit && s.step()) {
            if (matches(s.text(1), s.text(2), s.text(5))) // before the dates are parsed
                result.push_back(store::readSource(s));
        }
    }
    if (int(result.size()) < limit && !needle.isEmpty()) { // every match seen
        Private::SourceMatches seen{needle, stamp, {}};
        for (const Source &s : result)
            seen.ids.push_back(s.id);
        constexpr std::size_t kRemembered = 8;
        if (d->sourceMatches.size() >= kRemembered)
            d->sourceMatches.erase(d->sourceMatches.begin());
        d->sourceMatches.push_back(std::move(seen));
    }
    return result;
}

} // namespace dateline
