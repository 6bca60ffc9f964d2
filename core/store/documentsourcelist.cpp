// Document::sourceListRows(): the light rows of the Library's list of sources.
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

} // namespace dateline
