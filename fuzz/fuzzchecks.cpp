// Checks for the parsers that do not import rows: EDTF, native JSON, time index snapshots and
// the article extractor. The importers' checks are in fuzzimportchecks.cpp.
#include "fuzz/fuzzchecks.h"
#include "fuzz/fuzzimportchecks.h"

#include "core/date/fuzzydate.h"
#include "core/extract/articlebytes.h"
#include "core/extract/articleextractor.h"
#include "core/extract/timextagger.h"
#include "core/index/timeindex.h"
#include "core/io/nativejson.h"
#include "core/io/nativejsonreader.h"
#include "core/store/document.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace dateline::fuzz {
namespace {

// Any text fails with a message or gives a date whose normalized form parses back to the same
// date, with ordered bounds and a display string.
QString checkEdtf(const QByteArray &input)
{
    QString error;
    const FuzzyDate date = FuzzyDate::fromEdtf(QString::fromUtf8(input), &error);
    if (!date.isValid())
        return error.isEmpty() ? u"an invalid EDTF date without a message"_s : QString();
    const DateBounds b = date.bounds();
    if (!(b.earliestStart <= b.latestStart && b.earliestEnd <= b.latestEnd && b.earliestStart < b.latestEnd))
        return u"bounds out of order"_s;
    const QString normalized = date.toEdtf();
    const FuzzyDate again = FuzzyDate::fromEdtf(normalized, &error);
    if (!again.isValid())
        return u"toEdtf() wrote \"%1\", which fromEdtf() refuses: %2"_s.arg(normalized, error);
    if (!(again == date) || again.toEdtf() != normalized)
        return u"fromEdtf(toEdtf(d)) != d for \"%1\""_s.arg(normalized);
    if (date.toDisplayString().isEmpty())
        return u"an empty display string"_s;
    return {};
}

// Into a fresh in-memory document, all or nothing; what imports exports and imports again to
// the same bytes.
QString checkNativeJson(const QByteArray &input)
{
    // The reader alone first: creating a document costs far more than refusing most inputs.
    NativeJsonReader reader;
    if (!reader.read(input)) {
        if (reader.problems().isEmpty())
            return u"a refused native JSON file without a problem listed"_s;
        return {};
    }
    const std::unique_ptr<Document> document = Document::createInMemory();
    const NativeJsonImport result = importNativeJson(input, *document);
    if (!result.ok()) {
        if (result.problems.size() > NativeJsonImport::kMaxProblems + 1)
            return u"more problems listed than kMaxProblems"_s;
        const DocumentInfo info = document->info();
        if (info.events || info.actors || info.places || info.sources || info.quotes || info.relations || info.eras)
            return u"a refused native JSON file left entities behind"_s;
        return {};
    }
    const QByteArray exported = exportNativeJson(*document);
    const std::unique_ptr<Document> second = Document::createInMemory();
    const NativeJsonImport again = importNativeJson(exported, *second);
    if (!again.ok())
        return u"the export of an imported file does not import: "_s + again.problems.join(u"; ");
    if (exportNativeJson(*second) != exported)
        return u"the native JSON round trip is not lossless"_s;
    return {};
}

// Every query of a loaded index over every lane, at a few windows: under ASan this is what trips
// on a snapshot that passed validation but still points outside its arrays.
QString exercise(const TimeIndex &index)
{
    const std::uint32_t n = index.eventCount();
    for (std::uint32_t o = 0; o < n; ++o) {
        (void)index.eventId(o);
        (void)index.bounds(o);
    }
    (void)index.firstStartingAtOrAfter(index.earliest());
    // Clamped so that the window arithmetic cannot overflow whatever the snapshot says.
    const TimePoint a = std::clamp(index.earliest(), kTimeMin, kTimeMax);
    const TimePoint b = std::clamp(index.latest(), a, kTimeMax);
    const TimePoint windows[][2] = {{a, b + 1}, {a + (b - a) / 3, a + (b - a) / 2}, {kTimeMin, kTimeMax}};
    std::vector<std::uint32_t> out;
    std::uint32_t counts[64];
    for (int lane = -1; lane < index.laneCount(); ++lane) {
        for (const auto &w : windows) {
            const double spp = std::max(1.0, (double(w[1]) - double(w[0])) / 64.0);
            std::fill(std::begin(counts), std::end(counts), 0u);
            index.density(lane, w[0], spp, 64, counts);
            if (lane < 0)
                continue;
            out.clear();
            index.visibleEvents(lane, w[0], w[1], out);
            if (std::any_of(out.begin(), out.end(), [n](std::uint32_t o) { return o >= n; }))
                return u"visibleEvents gave an ordinal outside the index"_s;
            // countVisible may count a few that ended just before the window, never fewer
            if (index.countVisible(lane, w[0], w[1]) < out.size())
                return u"countVisible counts fewer than visibleEvents finds"_s;
            (void)index.startsWithin(lane, w[0], w[1]);
            out.clear();
            index.longEvents(lane, kSecondsPerDay, w[0], w[1], out);
            if (std::any_of(out.begin(), out.end(), [n](std::uint32_t o) { return o >= n; }))
                return u"longEvents gave an ordinal outside the index"_s;
        }
        if (lane >= 0 && index.laneOfKey(index.lane(lane).key) != lane)
            return u"a lane not found by its key"_s;
    }
    return {};
}

// A snapshot comes from the .dateline file, which may be crafted: whatever loads answers every
// query inside its arrays and serializes back to a snapshot that loads.
QString checkTimeIndex(const QByteArray &input)
{
    const std::optional<TimeIndex> index = TimeIndex::deserialize(input);
    if (!index)
        return {};
    if (QString failure = exercise(*index); !failure.isEmpty())
        return failure;
    if (!TimeIndex::deserialize(index->serialize()))
        return u"a snapshot that loaded does not load after serialize()"_s;
    return {};
}

// Expressions lie inside the text, carry the text at their offsets, and their EDTF parses.
QString checkTimex(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    for (const extract::Timex &t : extract::TimexTagger(CivilDate{2008, 3, 28}).tag(text)) {
        if (t.start < 0 || t.start >= t.end || t.end > text.size())
            return u"a timex outside the text"_s;
        if (t.text != text.mid(t.start, t.end - t.start))
            return u"a timex whose text is not the text at its offsets"_s;
        if (!t.edtf.isEmpty() && !FuzzyDate::fromEdtf(t.edtf).isValid())
            return u"a timex with EDTF \"%1\", which does not parse"_s.arg(t.edtf);
    }
    return {};
}

// Bytes read as an article, plain text or HTML, to proposed events: offsets inside the extracted
// text, valid EDTF dates, a temporal expression under every proposal but the undated lead.
QString checkArticle(const QByteArray &input)
{
    const extract::ArticleBytes read = extract::decodeArticle(input); // (bytes as the CLI and the app read them)
    if (!read.error.isEmpty())
        return read.text.isEmpty() ? QString() : u"refused bytes with text"_s;
    const extract::Extraction x = extract::ArticleExtractor(CivilDate{2008, 3, 28}).run(read.text);
    const qsizetype n = x.text.size();
    int undated = 0;
    for (const extract::Timex &t : x.timexes)
        if (t.start < 0 || t.start >= t.end || t.end > n)
            return u"a timex outside the extracted text"_s;
    for (const extract::ProposedEvent &e : x.events) {
        if (e.evidenceStart < 0 || e.evidenceStart > e.evidenceEnd || e.evidenceEnd > n)
            return u"evidence outside the extracted text"_s;
        // (only the story's undated lead has none: once, at the creation date, uncertain)
        if (e.timex == -1 && (++undated > 1 || e.date != u"2008-03-28?"))
            return u"a proposed event built on no temporal expression: %1"_s.arg(e.date);
        if (e.timex < -1 || (e.timex >= 0 && std::size_t(e.timex) >= x.timexes.size()))
            return u"a proposed event built on a temporal expression that is none"_s;
        if (!FuzzyDate::fromEdtf(e.date).isValid())
            return u"a proposed event with date \"%1\", which does not parse"_s.arg(e.date);
    }
    return {};
}

constexpr Target kTargets[] = {
    {"edtf", checkEdtf},
    {"nativejson", checkNativeJson},
    {"timeindex", checkTimeIndex},
    {"csv", checkCsv},
    {"timelinejs", checkTimelineJs},
    {"thetimelineproj", checkTheTimelineProj},
    {"simile", checkSimile},
    {"workbook", checkWorkbook},
    {"records", checkJsonRecords},
    {"icalendar", checkICalendar},
    {"gdelt", checkGdelt},
    {"timex", checkTimex},
    {"article", checkArticle},
};

} // namespace

std::span<const Target> targets()
{
    return kTargets;
}

const Target *target(QStringView name)
{
    for (const Target &t : kTargets)
        if (name == QLatin1StringView(t.name))
            return &t;
    return nullptr;
}

void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

} // namespace dateline::fuzz
