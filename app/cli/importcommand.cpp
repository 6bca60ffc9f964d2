#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/dataformats.h"
#include "core/io/dataimport.h"
#include "core/io/gdelt/gdeltrecord.h"
#include "core/store/database.h"
#include "core/store/document.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace dateline::cli {
namespace {

// Importers with a command line of their own, dispatched on FORMAT before any option parsing:
// the one place to add them, e.g. {u"gdelt"_s, runGdeltImport}.
using DelegatedImport = int (*)(const QStringList &argsAfterFormat, Io &io);
const std::vector<std::pair<QString, DelegatedImport>> &delegatedImports()
{
    static const std::vector<std::pair<QString, DelegatedImport>> importers{{u"gdelt"_s, runGdeltImport}};
    return importers;
}

// Files above this size get a progress line on stderr.
constexpr qsizetype kProgressThreshold = 4 * 1024 * 1024;

bool delimiterFromName(const QString &name, QChar *delimiter)
{
    const QString n = name.toLower();
    if (n == u"comma" || n == u",")
        *delimiter = u',';
    else if (n == u"semicolon" || n == u";")
        *delimiter = u';';
    else if (n == u"tab" || n == u"\\t" || n == u"\t")
        *delimiter = u'\t';
    else if (n == u"pipe" || n == u"|")
        *delimiter = u'|';
    else
        return false;
    return true;
}

void removeDocumentFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

QString counts(const WriteCounts &c)
{
    using labels::count;
    QStringList parts{count(c.events, "event", "events"), count(c.actors, "actor", "actors"), count(c.places, "place", "places"),
                      count(c.sources, "source", "sources"), count(c.quotes, "quote", "quotes")};
    // (what only some formats carry, when there is any: TimelineJS eras, links between events)
    if (c.relations > 0)
        parts << count(c.relations, "relation", "relations");
    if (c.eras > 0)
        parts << count(c.eras, "era", "eras");
    QString text = parts.join(u", "_s);
    if (c.gdeltAlreadyThere > 0)
        text += u"; %1 already in the document: their copies have no GDELT record"_s.arg(
            labels::count(c.gdeltAlreadyThere, "GDELT event was", "GDELT events were"));
    if (c.eventsAlreadyPresent > 0)
        text += u"; %1 the same title and date as one already in the document (imported before? `undo` takes "
                "the import back)"_s.arg(labels::count(c.eventsAlreadyPresent, "event has", "events have"));
    return text;
}

// Ctrl+C or SIGTERM while writing: interrupt the statement (sqlite3_interrupt may be called
// from a signal handler), so the transaction rolls back and a new FILE is removed.
std::atomic<sqlite3 *> g_writing{nullptr};

extern "C" void interruptWrite(int)
{
    if (sqlite3 *db = g_writing.load())
        sqlite3_interrupt(db);
}

class InterruptibleWrite {
public:
    explicit InterruptibleWrite(Document &document)
    {
        g_writing = document.database().handle();
        m_int = std::signal(SIGINT, interruptWrite);
        m_term = std::signal(SIGTERM, interruptWrite);
    }
    ~InterruptibleWrite()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
        g_writing = nullptr;
    }
    InterruptibleWrite(const InterruptibleWrite &) = delete;
    InterruptibleWrite &operator=(const InterruptibleWrite &) = delete;

private:
    void (*m_int)(int) = nullptr;
    void (*m_term)(int) = nullptr;
};

QString fieldNames()
{
    QStringList names;
    for (CsvField f : csvFields())
        names << csvFieldName(f).replace(u' ', u'_');
    return names.join(u", "_s);
}

// The importer with a command line of its own that args name first, if any.
DelegatedImport delegatedImportFor(const QStringList &args)
{
    if (!args.isEmpty()) {
        for (const auto &[name, run] : delegatedImports()) {
            if (args.first().compare(name, Qt::CaseInsensitive) == 0)
                return run;
        }
    }
    return nullptr;
}

// What `import [FORMAT] IN FILE [options]` asks for.
struct ImportRequest {
    const DataFormat *format = nullptr; // null: detected from the content
    QString inPath;
    QString docPath;
    DataReadOptions options;
    ImportPolicy policy = ImportPolicy::ImportGoodRows;
};

void addImportOptions(QCommandLineParser &parser)
{
    parser.addOption({u"map"_s, u"mapping"_s, u"SPEC"_s});
    parser.addOption({u"day-first"_s, u"day first"_s});
    parser.addOption({u"month-first"_s, u"month first"_s});
    parser.addOption({u"two-digit-years"_s, u"first year of two-digit years"_s, u"YYYY"_s});
    parser.addOption({u"delimiter"_s, u"delimiter"_s, u"D"_s});
    parser.addOption({u"encoding"_s, u"encoding"_s, u"E"_s});
    parser.addOption({u"no-header"_s, u"no header row"_s});
    parser.addOption({u"sheet"_s, u"workbook sheet"_s, u"NAME"_s});
    parser.addOption({u"all-or-nothing"_s, u"import nothing when a row is rejected"_s});
}

// Collects the reading options from the command line; returns an error message (usage error) or empty.
QString csvOptionsFrom(const QCommandLineParser &parser, CsvOptions *csv)
{
    if (parser.isSet(u"day-first"_s) && parser.isSet(u"month-first"_s))
        return u"--day-first and --month-first exclude each other"_s;
    if (parser.isSet(u"day-first"_s))
        csv->dayOrder = DayOrder::DayFirst;
    if (parser.isSet(u"month-first"_s))
        csv->dayOrder = DayOrder::MonthFirst;
    if (parser.isSet(u"two-digit-years"_s)) {
        const std::optional<int> from = twoDigitYearsFromText(parser.value(u"two-digit-years"_s));
        if (!from)
            return u"--two-digit-years takes a four-digit year, e.g. 1930"_s;
        csv->twoDigitYearsFrom = *from;
    }
    if (parser.isSet(u"delimiter"_s)) {
        QChar d;
        if (!delimiterFromName(parser.value(u"delimiter"_s), &d))
            return u"--delimiter is comma, semicolon, tab or pipe"_s;
        csv->delimiter = d;
    }
    if (parser.isSet(u"encoding"_s)) {
        TextEncoding e;
        if (!encodingFromName(parser.value(u"encoding"_s), &e))
            return u"--encoding is UTF-8, UTF-16LE, UTF-16BE, Windows-1252, Windows-1251 or Mac Roman"_s;
        csv->encoding = e;
    }
    if (parser.isSet(u"no-header"_s))
        csv->header = CsvHeader::None;
    csv->mapSpec = parser.value(u"map"_s);
    csv->sheet = parser.value(u"sheet"_s);
    return {};
}

// The request the arguments make, or none after a usage error on io.err.
std::optional<ImportRequest> parseRequest(const Command &c, const QStringList &formats, const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    addImportOptions(parser);
    if (!parseArguments(parser, c, args, -1, io))
        return std::nullopt;
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || positional.size() > 3) {
        io.err << "dateline-cli import: expected [FORMAT] IN FILE\nusage: dateline-cli " << c.synopsis << '\n';
        return std::nullopt;
    }
    ImportRequest request;
    if (positional.size() == 3) {
        request.format = dataFormat(positional.takeFirst());
        if (!request.format || !request.format->canRead()) {
            io.err << "dateline-cli import: unknown format (formats: " << formats.join(u", "_s) << ")\n";
            return std::nullopt;
        }
    }
    if (const QString problem = csvOptionsFrom(parser, &request.options.csv); !problem.isEmpty()) {
        io.err << "dateline-cli import: " << problem << '\n';
        return std::nullopt;
    }
    request.policy = parser.isSet(u"all-or-nothing"_s) ? ImportPolicy::ImportNothing : ImportPolicy::ImportGoodRows;
    request.inPath = positional.at(0);
    request.docPath = positional.at(1);
    return request;
}

// A progress line for big files, at most every 200 ms.
class ProgressLine {
public:
    ProgressLine(Io &io, bool shown) : m_io(io), m_shown(shown) { m_sinceLine.start(); }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    // Reports one step ("reading", "writing"); refers to this line, which must outlive it.
    ImportProgress step(const char *what)
    {
        return [this, what](qint64 done, qint64 total) {
            if (m_shown && total == kProgressFinishing)
                m_io.err << '\r' << what << " 100%, building the indexes and the search index" << Qt::flush;
            if (m_shown && total > 0 && (m_sinceLine.elapsed() > 200 || done == total || done == 0)) {
                m_io.err << '\r' << what << ' ' << (done * 100 / total) << '%' << Qt::flush;
                m_sinceLine.restart();
            }
            return true;
        };
    }
    // Ends a step's line.
    void finish()
    {
        if (m_shown)
            m_io.err << '\n';
    }

private:
    Io &m_io;
    const bool m_shown;
    QElapsedTimer m_sinceLine;
};

// Reads data and reports its rejected rows and notes; none when nothing is to be written.
std::optional<ImportedContent> readAndReport(const DataFormat &format, const QByteArray &data, const ImportRequest &request,
                                             ProgressLine &progress, Io &io)
{
    DataReadOptions options = request.options;
    options.progress = progress.step("reading");
    ImportedContent imported = format.read(data, options);
    progress.finish();

    for (const QString &line : rejectedRowLines(imported, 200, format.isWorkbook() ? u"row"_s : u"line"_s))
        io.err << request.inPath << ": " << line << '\n';
    for (const QString &note : std::as_const(imported.notes))
        io.err << request.inPath << ": note: " << note << '\n';
    if (imported.fatal)
        return std::nullopt;
    if (!imported.rejected.empty() && request.policy == ImportPolicy::ImportNothing) {
        io.err << "dateline-cli: " << labels::count(qsizetype(imported.rejected.size()), "row", "rows")
               << " rejected; nothing imported (--all-or-nothing)\n";
        return std::nullopt;
    }
    if (imported.content.events.empty()) {
        io.err << "dateline-cli: no row could be imported\n";
        return std::nullopt;
    }
    return imported;
}

// Writes what was read into the document, creating it if missing, and reports the counts.
int writeAndReport(ImportedContent &imported, const ImportRequest &request, ProgressLine &progress, Io &io)
{
    const QString &docPath = request.docPath;
    // The document is created only now that there is something to write into it.
    const bool existed = QFileInfo::exists(docPath);
    QString error;
    auto document = existed ? Document::open(docPath, OpenMode::ReadWrite, &error) : Document::create(docPath, &error);
    if (!document) {
        io.err << "dateline-cli: " << error << '\n';
        return int(ExitFailure);
    }
    ImportWrite written;
    {
        const InterruptibleWrite interruptible(*document);
        Editor editor(*document); // one undoable step in the document's history
        written = commands::importRead(editor, imported, request.policy, QFileInfo(request.inPath).fileName(),
                                       progress.step("writing"));
    }
    progress.finish();
    if (!written.written) {
        io.err << "dateline-cli: " << docPath << ": " << written.error << '\n';
        if (!existed) {
            document.reset();
            removeDocumentFiles(docPath);
        }
        return int(ExitFailure);
    }
    io.out << "imported into " << docPath << ": " << counts(written.counts);
    if (!imported.rejected.empty())
        io.out << " (" << labels::count(qsizetype(imported.rejected.size()), "row", "rows") << " rejected)";
    io.out << '\n';
    return int(ExitOk);
}

int runImport(const ImportRequest &request, const QStringList &formats, Io &io)
{
    const QString &inPath = request.inPath;
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        io.err << "dateline-cli: cannot read " << inPath << ": " << in.errorString() << '\n';
        return int(ExitFailure);
    }
    // A GDELT event file (perhaps compressed) goes to its own streaming import, unread here.
    if (!request.format && gdelt::looksLikeGdeltEvents(in.peek(64 * 1024))) {
        in.close();
        QStringList gdeltArgs{inPath, request.docPath};
        if (request.policy == ImportPolicy::ImportNothing)
            gdeltArgs << u"--strict"_s;
        return runGdeltImport(gdeltArgs, io);
    }
    const QByteArray data = in.readAll();
    const DataFormat *format = request.format ? request.format : detectDataFormat(data, inPath);
    if (!format) {
        io.err << "dateline-cli: " << inPath << ": cannot tell its format; name it (" << formats.join(u", "_s) << ")\n";
        return int(ExitFailure);
    }
    if (!request.options.csv.sheet.isEmpty() && !format->isWorkbook()) {
        io.err << "dateline-cli import: --sheet applies to workbooks (.xlsx, .ods); " << inPath << " is "
               << format->title << '\n';
        return int(ExitUsage);
    }

    ProgressLine progress(io, data.size() > kProgressThreshold);
    std::optional<ImportedContent> imported = readAndReport(*format, data, request, progress, io);
    if (!imported)
        return int(ExitFailure);
    return writeAndReport(*imported, request, progress, io);
}

} // namespace

Command importCommand()
{
    Command c{u"import"_s, u"import [FORMAT] IN FILE [options]"_s,
              u"Import CSV, TSV, Excel (.xlsx), OpenDocument (.ods), JSON, JSON records, TimelineJS, .timeline, SIMILE, iCalendar, vCalendar or GDELT into FILE (created if missing)"_s, {}};
    QStringList formats;
    for (const DataFormat &f : dataFormats()) {
        if (f.canRead())
            formats << f.name;
    }
    formats << u"gdelt"_s;
    c.details = u"FORMAT: %1 (detected from the content when omitted).\n"
                "Options:\n"
                "  --map FIELD=COLUMN,...  map columns by header name or 1-based number, e.g.\n"
                "                          --map title=Headline,date=Date,actors=Who (CSV/TSV,\n"
                "                          workbooks, JSON records)\n"
                "  --day-first             read 03/04/2008 as 3 April (default: guessed, else month first)\n"
                "  --month-first           read 03/04/2008 as March 4\n"
                "  --two-digit-years YYYY  read two-digit years (17/03/08, 17-Mar-08) in the hundred years\n"
                "                          from YYYY: 1930 gives 1930-2029 (default: refused)\n"
                "  --delimiter D           comma, semicolon, tab or pipe (default: detected)\n"
                "  --encoding E            UTF-8, UTF-16LE, UTF-16BE, Windows-1252, Windows-1251 or\n                          Mac Roman\n                          (default: detected)\n"
                "  --no-header             the first row is data; columns are named by number\n"
                "  --sheet NAME            a workbook's sheet (default: the first whose columns name a\n"
                "                          title and a date, else the first)\n"
                "  --all-or-nothing        import nothing when any row is rejected\n"
                "Fields for --map: %2.\n"
                "GDELT: import gdelt INPUT... FILE [--strict]: event files (.CSV, .zip, .gz) or folders;\n"
                "  --strict imports nothing when a row is bad; progress and rows/s on stderr.\n"
                "Exit code 1 when nothing was imported.\n"_s.arg(formats.join(u", "_s), fieldNames());
    c.run = [c, formats](const QStringList &args, Io &io) {
        if (const DelegatedImport run = delegatedImportFor(args))
            return run(args.mid(1), io);
        const std::optional<ImportRequest> request = parseRequest(c, formats, args, io);
        if (!request)
            return int(ExitUsage);
        return runImport(*request, formats, io);
    };
    return c;
}

} // namespace dateline::cli
