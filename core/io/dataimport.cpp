#include "core/io/dataimport.h"

#include "core/store/document.h"

using namespace Qt::StringLiterals;

namespace dateline {

ImportWrite writeImport(ImportedContent &imported, Document &into, ImportPolicy policy, const ImportProgress &progress)
{
    ImportWrite result;
    if (imported.fatal) {
        result.error = imported.rejected.empty() ? u"the file cannot be read"_s : imported.rejected.front().message;
        return result;
    }
    if (policy == ImportPolicy::ImportNothing && !imported.rejected.empty()) {
        result.error = u"%1 rows were rejected; nothing was imported"_s.arg(imported.rejected.size());
        return result;
    }
    if (imported.content.events.empty()) {
        result.error = u"no rows to import"_s;
        return result;
    }
    if (into.isReadOnly()) {
        result.error = importIntoReadOnly(into.path());
        return result;
    }
    const DocumentInfo info = into.info();
    const bool empty = info.events == 0 && info.actors == 0 && info.places == 0 && info.sources == 0
                       && info.quotes == 0 && info.relations == 0 && info.eras == 0;
    try {
        result.counts = writeContent(imported.content, into, empty ? IdPolicy::KeepFileIds : IdPolicy::AssignNewIds, progress);
        result.written = true;
    } catch (const ImportCancelled &) {
        result.error = u"cancelled; nothing was imported"_s;
    } catch (const StoreError &e) {
        result.error = importWriteFailure(e, into.path());
    }
    return result;
}

QStringList rejectedRowLines(const ImportedContent &imported, qsizetype limit, const QString &unit)
{
    QStringList lines;
    for (const ImportProblem &p : imported.rejected) {
        if (lines.size() == limit) {
            lines << u"... and %1 more"_s.arg(qsizetype(imported.rejected.size()) - limit);
            break;
        }
        lines << (p.line > 0 ? u"%1 %2: %3"_s.arg(unit).arg(p.line).arg(p.message) : p.message);
    }
    return lines;
}

} // namespace dateline
