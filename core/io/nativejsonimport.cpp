// Native JSON import, second half: write validated content into a document, all or nothing.
#include "core/io/contentwriter.h"
#include "core/io/nativejson.h"
#include "core/io/nativejsonreader.h"
#include "core/store/document.h"

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

bool isEmpty(const DocumentInfo &info)
{
    return info.events == 0 && info.actors == 0 && info.places == 0 && info.sources == 0
           && info.quotes == 0 && info.relations == 0 && info.eras == 0;
}

} // namespace

NativeJsonImport importNativeJson(const QByteArray &json, Document &into)
{
    NativeJsonImport result;
    NativeJsonReader reader;
    std::optional<NativeJsonContent> content = reader.read(json);
    if (!content) {
        result.problems = reader.problems();
        return result;
    }
    if (into.isReadOnly()) {
        result.problems << importIntoReadOnly(into.path());
        return result;
    }
    try {
        const bool keepIds = isEmpty(into.info());
        const WriteCounts counts = writeContent(*content, into, keepIds ? IdPolicy::KeepFileIds : IdPolicy::AssignNewIds);
        result.events = counts.events;
        result.actors = counts.actors;
        result.places = counts.places;
        result.sources = counts.sources;
        result.quotes = counts.quotes;
        result.relations = counts.relations;
        result.eras = counts.eras;
        result.idsKept = keepIds;
        result.gdeltAlreadyThere = counts.gdeltAlreadyThere;
        result.eventsAlreadyPresent = counts.eventsAlreadyPresent;
    } catch (const StoreError &e) {
        // BulkEdit has rolled the transaction back: the document is as it was.
        result = NativeJsonImport();
        result.problems << importWriteFailure(e, into.path());
    }
    return result;
}

bool importNativeJson(const QByteArray &json, Document &into, QString *errorMessage)
{
    const NativeJsonImport result = importNativeJson(json, into);
    if (errorMessage)
        *errorMessage = result.problems.join(u'\n');
    return result.ok();
}

} // namespace dateline
