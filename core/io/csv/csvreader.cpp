#include "core/io/csv/csvreader.h"

#include "core/io/csv/csvrowconverter.h"
#include "core/io/gdelt/gdeltrecord.h"

#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

struct Decoded {
    TextEncoding encoding;
    QString text;
    qsizetype otherPieces = 0; // read in the other encoding of a file that mixes UTF-8 and Windows-1252
    qint64 firstOtherLine = 0;
};

// A file whose encoding is detected and that mixes UTF-8 with Windows-1252 (rows appended by
// another program) is read piece by piece, each in its own encoding; an encoding the user chose
// is applied throughout.
Decoded decode(const QByteArray &data, const CsvOptions &options)
{
    bool mixed = options.mixedEncoding;
    if (options.encoding && !mixed)
        return {*options.encoding, decodeText(data, *options.encoding)};
    const TextEncoding encoding = options.encoding ? *options.encoding : detectEncoding(data, &mixed);
    if (!mixed)
        return {encoding, decodeText(data, encoding)};
    MixedText text = decodeMixed(data, encoding);
    const auto line = std::count(data.cbegin(), data.cbegin() + std::max<qsizetype>(text.firstOther, 0), '\n') + 1;
    return {encoding, std::move(text.text), text.otherPieces, qint64(line)};
}

bool isBlank(const CsvRecord &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

// Opens the tokenizer past an Excel "sep=" line and reads the header (or leaves it to the data).
struct Table {
    QChar delimiter;
    QStringList header;
    CsvRecord firstData; // the first record when there is no header row
    bool hasFirstData = false;
    QString above;       // the lines above the header row, left out ("lines 1 to 2"); empty for none
    QString title;       // a lone cell in the first of them: the table's title
};

// Whether a record's names give a title and a date: a header.
bool namesTitleAndDate(const CsvRecord &record)
{
    const CsvMapping m = CsvMapping::guess(record.fields);
    return m.has(CsvField::Title) && (m.has(CsvField::Date) || m.has(CsvField::Year));
}

// Skips the rows a spreadsheet's export may have above its header (a title, a blank row), as a
// workbook's sheet is read: when the first record names no title and date but one of the next nine
// does, the records before it are left out, and a lone cell in the first is kept as the title.
void skipRowsAboveHeader(CsvTokenizer &tokenizer, Table &t)
{
    CsvTokenizer ahead = tokenizer;
    std::vector<CsvRecord> records;
    CsvRecord record;
    while (records.size() < 10 && ahead.next(record)) {
        if (!isBlank(record))
            records.push_back(record);
    }
    if (records.empty() || namesTitleAndDate(records.front()))
        return;
    const auto header = std::find_if(records.cbegin() + 1, records.cend(), namesTitleAndDate);
    if (header == records.cend())
        return;
    const qint64 from = records.front().line, to = header->line - 1;
    t.above = (from == to ? u"line %1"_s.arg(from) : u"lines %1 to %2"_s.arg(from).arg(to))
              + u", above the header on line %1,"_s.arg(header->line);
    t.title = loneCell(records.front().fields);
    for (;;) { // on to the header: the next record read is it
        const CsvTokenizer before = tokenizer;
        if (!tokenizer.next(record) || record.line >= header->line) {
            tokenizer = before;
            return;
        }
    }
}

Table openTable(CsvTokenizer &tokenizer, QChar detected, const CsvOptions &options)
{
    Table t;
    t.delimiter = detected;
    if (options.header == CsvHeader::FirstRow)
        skipRowsAboveHeader(tokenizer, t);
    CsvRecord record;
    while (tokenizer.next(record)) {
        if (isBlank(record))
            continue;
        if (options.header == CsvHeader::FirstRow) {
            for (const QString &name : std::as_const(record.fields))
                t.header << name.trimmed();
        } else {
            for (qsizetype i = 0; i < record.fields.size(); ++i)
                t.header << u"Column %1"_s.arg(i + 1);
            t.firstData = record;
            t.hasFirstData = true;
        }
        break;
    }
    return t;
}

QChar chooseDelimiter(CsvTokenizer &tokenizer, QStringView text, const CsvOptions &options)
{
    const QChar sep = tokenizer.consumeSepLine();
    if (options.delimiter)
        return *options.delimiter;
    return sep.isNull() ? detectDelimiter(text.mid(tokenizer.position())) : sep;
}

// The date and end date cells of a record, for guessing the day order.
void collectDates(const CsvMapping &mapping, const CsvRecord &record, QStringList &dates)
{
    for (CsvField f : {CsvField::Date, CsvField::EndDate}) {
        const qsizetype c = mapping.column(f);
        if (c >= 0 && c < record.fields.size())
            dates << record.fields[c];
    }
}

// The named columns no field reads, a second column of a name that is read said so: a user who
// sees no "Location" among the fields learns that it was not read.
// The columns no field reads, for a note; a column without a name only when some row has data in
// it (spreadsheets write empty unnamed columns after the last one).
QString unreadColumns(const QStringList &header, const CsvMapping &mapping, const QSet<qsizetype> &unnamedWithData)
{
    QStringList unread;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed();
        if (mapping.field(i) != CsvField::Ignore)
            continue;
        if (name.isEmpty()) {
            if (unnamedWithData.contains(i))
                unread << u"column %1 (no name in the header)"_s.arg(i + 1);
            continue;
        }
        bool repeated = false;
        for (qsizetype j = 0; j < i && !repeated; ++j)
            repeated = mapping.field(j) != CsvField::Ignore && header[j].trimmed().compare(name, Qt::CaseInsensitive) == 0;
        unread << (repeated ? u"\"%1\" (a second column of that name)"_s : u"\"%1\""_s).arg(name.left(60));
    }
    constexpr qsizetype kNamed = 20;
    if (unread.size() > kNamed) {
        const qsizetype more = unread.size() - kNamed;
        unread.resize(kNamed);
        unread << u"and %1 more"_s.arg(more);
    }
    return unread.join(u", "_s);
}

// The mapping to use and the day order, from the options or guessed.
QString resolve(const CsvOptions &options, const QStringList &header, const std::vector<CsvRecord> &sample,
                CsvMapping *mapping, DayOrder *order, bool *guessed, bool *numeric, bool *evident)
{
    *mapping = options.mapping ? *options.mapping : CsvMapping::guess(header);
    mapping->columns.resize(size_t(header.size()), CsvField::Ignore);
    QString error;
    if (!options.mapSpec.isEmpty() && !mapping->apply(options.mapSpec, header, &error))
        return error;
    *guessed = !options.dayOrder;
    QStringList dates;
    for (const CsvRecord &r : sample)
        collectDates(*mapping, r, dates);
    *order = guessDayOrder(dates, DayOrder::MonthFirst, numeric);
    *evident = guessDayOrder(dates, DayOrder::DayFirst) == *order; // a number above 12 decided, not the default
    if (options.dayOrder)
        *order = *options.dayOrder;
    return {};
}

CsvPreview previewDecoded(const Decoded &decoded, const CsvOptions &options, int maxRows)
{
    CsvPreview preview;
    preview.encoding = decoded.encoding;
    CsvTokenizer probe(decoded.text, u',');
    preview.delimiter = chooseDelimiter(probe, decoded.text, options);
    CsvTokenizer tokenizer(decoded.text, preview.delimiter);
    (void)tokenizer.consumeSepLine();
    Table table = openTable(tokenizer, preview.delimiter, options);
    preview.header = table.header;
    if (table.hasFirstData)
        preview.rows.push_back(table.firstData);
    CsvRecord record;
    std::vector<CsvRecord> sample = preview.rows;
    while (qsizetype(sample.size()) < std::max(maxRows, 200) && tokenizer.next(record)) {
        if (isBlank(record))
            continue;
        sample.push_back(record);
        if (qsizetype(preview.rows.size()) < maxRows)
            preview.rows.push_back(record);
        for (qsizetype i = preview.header.size(); i < record.fields.size(); ++i)
            preview.header << (options.header == CsvHeader::None ? u"Column %1"_s.arg(i + 1) : QString());
    }
    preview.error = resolve(options, preview.header, sample, &preview.mapping, &preview.dayOrder, &preview.dayOrderGuessed,
                            &preview.numericDates, &preview.dayOrderEvident);
    if (preview.header.isEmpty() && preview.error.isEmpty())
        preview.error = u"the file is empty"_s;
    return preview;
}

// "Title, Date, Notes" for messages; long headers are cut ("..., 61 columns").
QString columnList(const QStringList &header)
{
    QStringList shown = header.mid(0, 12);
    for (QString &name : shown)
        name = name.left(40);
    QString text = shown.join(u", "_s);
    if (header.size() > shown.size())
        text += u", ... %1 columns"_s.arg(header.size());
    return text;
}

// Why the columns cannot make events (no title, no date, a GDELT file); empty when they can.
QString mappingRefusal(const QByteArray &data, const CsvPreview &preview)
{
    const CsvMapping &mapping = preview.mapping;
    if (!mapping.has(CsvField::Title) && gdelt::looksLikeGdeltEvents(QByteArrayView(data).first(std::min<qsizetype>(data.size(), 64 * 1024))))
        return u"this is a GDELT event file: import it with File > Import GDELT Events… (dateline-cli import gdelt)"_s;
    if (!mapping.has(CsvField::Title) && !mapping.composesTitles())
        return u"no column is mapped to the title (columns: %1)"_s.arg(columnList(preview.header));
    if (!mapping.has(CsvField::Date) && !mapping.has(CsvField::Year) && !mapping.has(CsvField::Time))
        return u"no column is mapped to the date (columns: %1)"_s.arg(columnList(preview.header));
    return {};
}

// The order numeric dates are read in, and whether the rows write them in both.
struct DayOrderFound {
    DayOrder dayOrder;
    bool numericDates = false;
    bool ordersDisagree = false;
};

DayOrderFound dayOrderOfAllRows(const Decoded &decoded, const CsvPreview &preview, const CsvOptions &options)
{
    // When the preview's first 200 rows had numeric dates but none that tells the order, every
    // row's dates are read for it: 01/10/2008 on every early row may meet 17/03/2008 on row 252.
    // (One more pass over the text, so only then.)
    DayOrderFound found{preview.dayOrder, preview.numericDates, false};
    if (preview.dayOrderGuessed && preview.numericDates && !preview.dayOrderEvident) {
        CsvTokenizer all(decoded.text, preview.delimiter);
        (void)all.consumeSepLine();
        const Table head = openTable(all, preview.delimiter, options);
        QStringList dates;
        if (head.hasFirstData)
            collectDates(preview.mapping, head.firstData, dates);
        CsvRecord record;
        while (all.next(record))
            collectDates(preview.mapping, record, dates);
        found.dayOrder = guessDayOrder(dates, preview.dayOrder, &found.numericDates, &found.ordersDisagree);
    }
    return found;
}

// The columns without a name that no field reads.
std::vector<qsizetype> unnamedColumns(const QStringList &header, const CsvMapping &mapping, qsizetype headerFields)
{
    std::vector<qsizetype> unnamed;
    for (qsizetype i = 0; i < headerFields; ++i) {
        if (header[i].trimmed().isEmpty() && mapping.field(i) == CsvField::Ignore)
            unnamed.push_back(i);
    }
    return unnamed;
}

// Why a record with more fields than the header, not all of them empty, is rejected; empty otherwise.
QString extraFieldsProblem(const CsvRecord &record, qsizetype headerFields)
{
    if (headerFields > 0 && record.fields.size() > headerFields) {
        const bool extraEmpty = std::all_of(record.fields.cbegin() + headerFields, record.fields.cend(),
                                            [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!extraEmpty)
            return u"%1 fields, but the header has %2 (a delimiter inside an unquoted field?)"_s
                .arg(record.fields.size()).arg(headerFields);
    }
    return {};
}

// Notes on how the text was read: its encoding and delimiter, the order of numeric dates,
// two-digit years, characters that could not be read, stray quotes.
QStringList readingNotes(const Decoded &decoded, const CsvPreview &preview, const DayOrderFound &order,
                         const CsvOptions &options, const CsvTokenizer &tokenizer)
{
    QStringList notes;
    notes << u"read as %1, fields separated by %2"_s.arg(
        encodingName(preview.encoding),
        preview.delimiter == u'\t' ? u"tabs"_s : u"'%1'"_s.arg(preview.delimiter));
    if (order.ordersDisagree)
        notes << u"numeric dates are written in both orders (some rows day first, as 17/03/2008, others month first, "
                 "as 03/17/2008): they were read month first, so a date such as 05/04/2008 on a day-first row is "
                 "May 4; choose the order, or correct those rows"_s;
    else if (preview.dayOrderGuessed && order.numericDates)
        notes << (order.dayOrder == DayOrder::DayFirst ? u"numeric dates read day first (03/04/2008 = 3 April 2008)"_s
                                                       : u"numeric dates read month first (03/04/2008 = March 4, 2008)"_s);
    if (options.twoDigitYearsFrom > 0)
        notes << u"two-digit years read as %1–%2"_s.arg(options.twoDigitYearsFrom).arg(options.twoDigitYearsFrom + 99);
    if (const qsizetype replaced = decoded.text.count(QChar(QChar::ReplacementCharacter)); replaced > 0) {
        const qsizetype first = decoded.text.indexOf(QChar(QChar::ReplacementCharacter));
        notes << u"characters that could not be read (bytes not in %1), shown as \uFFFD: %2 (the first on line %3)"_s
                     .arg(encodingName(preview.encoding))
                     .arg(replaced)
                     .arg(QStringView(decoded.text).first(first).count(u'\n') + 1);
    }
    if (decoded.otherPieces > 0)
        notes << (decoded.encoding == TextEncoding::Utf8
                      ? u"the file mixes encodings: it is UTF-8, and bytes that are not UTF-8 were read as "
                        "Windows-1252 (\"caf\\xE9\" as \"café\"): %1 (the first on line %2)"_s
                      : u"the file mixes encodings: it is Windows-1252, and fields written in UTF-8 were read as "
                        "UTF-8: %1 (the first on line %2)"_s)
                     .arg(decoded.otherPieces)
                     .arg(decoded.firstOtherLine);
    if (tokenizer.strayQuotes() > 0)
        notes << u"quotes that enclose no field, read as ordinary characters: %1 (the first on line %2)"_s.arg(
            tokenizer.strayQuotes()).arg(tokenizer.firstStrayQuoteLine());
    return notes;
}

// Notes on what the rows gave: links kept as text, seasons among years, display dates not read,
// events without a date, titles made up.
QStringList rowNotes(const CsvRowConverter &converter, const CsvMapping &mapping)
{
    QStringList notes;
    if (converter.droppedLinks() > 0) {
        // Each row named: the row was kept, but a link the user may rely on was not.
        QStringList lines;
        for (const qint64 line : converter.droppedLinkLines())
            lines << QString::number(line);
        const qsizetype more = converter.droppedLinks() - lines.size();
        const QString where = lines.size() == 1 ? u"line %1"_s.arg(lines.front())
                              : more > 0        ? u"lines %1 and %2 more"_s.arg(lines.join(u", "_s)).arg(more)
                                                : u"lines %1 and %2"_s.arg(lines.mid(0, lines.size() - 1).join(u", "_s), lines.back());
        notes << u"source URLs that are not web or mail links (a file path, file:, javascript:), kept as text in the "
                 "source's title and not as links: %1, on %2"_s.arg(converter.droppedLinks()).arg(where);
    }
    if (const qsizetype seasons = converter.seasonsAmongYears(); seasons > 0) {
        const QString first = converter.firstSeasonAmongYears(); // "1918-21"
        notes << u"cells read as EDTF seasons in a column of years: %4 (the first \"%1\" on line %2, read as %3); "
                 "for the years %5 to %6, write %5–%7 or %5-%6"_s
                     .arg(first)
                     .arg(converter.firstSeasonAmongYearsLine())
                     .arg(FuzzyDate::fromEdtf(first).toDisplayString())
                     .arg(seasons)
                     .arg(first.left(4), first.left(2) + first.right(2), first.right(2));
    }
    if (converter.displayDatesNotRead() > 0)
        notes << u"Display Date texts not read as a date, the Year, Month and Day columns used instead: %1"_s.arg(
            converter.displayDatesNotRead());
    if (converter.undatedEvents() > 0)
        notes << u"events without a date: %1"_s.arg(converter.undatedEvents());
    if (mapping.composesTitles())
        notes << u"no title column: each title is made of the row's actors and CAMEO code, else the first "
                 "sentence of its description, else its actors and type"_s;
    return notes;
}

} // namespace

CsvPreview previewCsv(const QByteArray &data, const CsvOptions &options, int maxRows)
{
    return previewDecoded(decode(data, options), options, maxRows);
}

ImportedContent readCsv(const QByteArray &data, const CsvOptions &options, const ImportProgress &progress)
{
    ImportedContent result;
    auto fail = [&result](const QString &message) {
        result.fatal = true;
        result.rejected = {{0, message}};
        return result;
    };
    const Decoded decoded = decode(data, options);
    if (decoded.text.contains(QChar(0)))
        return fail(u"this is not a text file (it contains NUL characters)"_s);
    const CsvPreview preview = previewDecoded(decoded, options, 0);
    if (!preview.error.isEmpty())
        return fail(preview.error);
    if (const QString refusal = mappingRefusal(data, preview); !refusal.isEmpty())
        return fail(refusal);
    const CsvMapping &mapping = preview.mapping;
    const DayOrderFound order = dayOrderOfAllRows(decoded, preview, options);

    CsvTokenizer tokenizer(decoded.text, preview.delimiter);
    (void)tokenizer.consumeSepLine();
    Table table = openTable(tokenizer, preview.delimiter, options);
    CsvRowConverter converter(mapping, DateReading{order.dayOrder, options.twoDigitYearsFrom, true});
    const qsizetype headerFields = options.header == CsvHeader::FirstRow ? table.header.size() : -1;
    qint64 rows = 0;
    const std::vector<qsizetype> unnamed = unnamedColumns(table.header, mapping, headerFields);
    QSet<qsizetype> unnamedWithData;
    auto take = [&](CsvRecord &record) {
        if (isBlank(record))
            return;
        for (const qsizetype i : unnamed) {
            if (i < record.fields.size() && !record.fields[i].trimmed().isEmpty())
                unnamedWithData.insert(i);
        }
        for (QString &field : record.fields) {
            makePrintable(field);
            unmarkFormulaText(field);
        }
        QString reason = extraFieldsProblem(record, headerFields);
        if (reason.isEmpty())
            converter.add(record, &reason);
        if (!reason.isEmpty())
            result.rejected.push_back({record.line, reason});
    };
    if (table.hasFirstData)
        take(table.firstData);
    CsvRecord record;
    while (tokenizer.next(record)) {
        take(record);
        if (progress && ++rows % 2048 == 0 && !progress(tokenizer.position(), tokenizer.size()))
            return fail(u"cancelled"_s);
    }
    if (progress && !progress(tokenizer.size(), tokenizer.size()))
        return fail(u"cancelled"_s);

    result.content = converter.finish();
    if (!table.above.isEmpty())
        result.notes << u"%1 not read"_s.arg(table.above);
    if (result.content.title.isEmpty())
        result.content.title = table.title;
    result.notes << readingNotes(decoded, preview, order, options, tokenizer) << rowNotes(converter, mapping);
    if (const QString unread = unreadColumns(table.header, mapping, unnamedWithData); headerFields > 0 && !unread.isEmpty())
        result.notes << u"columns not read: %1"_s.arg(unread);
    if (result.content.events.empty() && result.rejected.empty())
        return fail(u"the file has no rows"_s);
    return result;
}

QString loneCell(const QStringList &cells)
{
    auto filled = [](const QString &c) { return !c.trimmed().isEmpty(); };
    if (std::count_if(cells.cbegin(), cells.cend(), filled) != 1)
        return {};
    return std::find_if(cells.cbegin(), cells.cend(), filled)->simplified();
}

bool looksLikeCsv(const QByteArray &head)
{
    if (head.isEmpty())
        return false;
    const TextEncoding encoding = detectEncoding(head);
    const QString text = decodeText(head, encoding);
    if (text.contains(QChar(0)))
        return false;
    const QStringView first = QStringView(text).left(text.indexOf(u'\n') < 0 ? text.size() : text.indexOf(u'\n'));
    if (first.startsWith(u"sep=", Qt::CaseInsensitive))
        return true;
    const QChar trimmedFirst = first.trimmed().isEmpty() ? QChar() : first.trimmed().front();
    if (trimmedFirst == u'{' || trimmedFirst == u'[' || trimmedFirst == u'<')
        return false; // JSON or XML
    return first.contains(u',') || first.contains(u'\t') || first.contains(u';') || first.contains(u'|');
}

} // namespace dateline
