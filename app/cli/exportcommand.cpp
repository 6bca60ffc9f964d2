// dateline-cli export: PNG, SVG or PDF of a timeline through the same renderer as the app.
#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "app/cli/documentaccess.h"
#include "app/cli/viewindex.h"
#include "core/render/export/imageexporter.h"
#include "core/render/timelinemodel.h"
#include "core/store/document.h"

#include <QFileInfo>
#include <QImageReader>

namespace dateline::cli {
namespace {

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

// The help states ExportRequest's defaults, the ones the app's export dialog starts from too.
QList<QCommandLineOption> exportOptions()
{
    const ExportRequest d;
    const auto dflt = [](const QString &text, const QString &value) { return text.arg(value); };
    const auto byDefault = [&d](QPageLayout::Orientation o) { return d.orientation == o ? opt(" (the default)") : QString(); };
    return {
        {{opt("o"), opt("output")}, opt("The picture to write; .png, .svg or .pdf."), opt("OUT")},
        {opt("from"), opt("Start of the range (EDTF); default: the whole timeline."), opt("EDTF")},
        {opt("to"), opt("End of the range, inclusive (EDTF)."), opt("EDTF")},
        {opt("width"), dflt(opt("PNG/SVG width in pixels (default %1)."), QString::number(d.pixelSize.width())), opt("PX")},
        {opt("height"), dflt(opt("PNG/SVG height in pixels, more when the lanes need it (default %1)."),
                             QString::number(d.pixelSize.height())),
         opt("PX")},
        {opt("dpr"),
         dflt(opt("PNG device pixel ratio, as of a high-density screen: 2 draws text and lines "
                  "twice as large in the same pixels, so half as much fits (default %1)."),
              QString::number(d.devicePixelRatio)),
         opt("N")},
        {opt("page"), dflt(opt("PDF page: A4, A3, Letter or WxHmm (default %1)."), ExportRequest::pageName(d.page)),
         opt("SIZE")},
        {opt("landscape"), dflt(opt("PDF landscape orientation%1."), byDefault(QPageLayout::Landscape))},
        {opt("portrait"), dflt(opt("PDF portrait orientation%1."), byDefault(QPageLayout::Portrait))},
        {opt("margins"), dflt(opt("PDF margins in millimetres (default %1)."), QString::number(d.marginsMm.left())),
         opt("MM")},
        {opt("tiles"), opt("PDF: split the range over N pages with overlap marks."), opt("N")},
        {opt("view"), opt("Draw a saved view: its filter, lanes, range, palette (options given override)."), opt("NAME")},
        {opt("lanes"), dflt(opt("Lanes by actor, type, country, tag or none (default %1)."), laneGroupingName(d.grouping)),
         opt("BY")},
        {opt("palette"), dflt(opt("light, dark or print (white background; default %1)."), Palette::kindName(d.palette)),
         opt("NAME")},
        {opt("title"), opt("Title above the timeline."), opt("TEXT")},
        {opt("subtitle"), opt("Subtitle under the title."), opt("TEXT")},
        {opt("legend"), opt("Add a legend of colours and symbols.")},
        {opt("sources"), opt("Add a footer listing the sources of the quotes shown.")},
        {opt("appendix"), opt("PDF: end with a numbered 'Quotes and sources' appendix.")},
        {opt("no-caption"), opt("Leave out the date-range caption.")},
    };
}

QString optionList()
{
    QString text = QStringLiteral("\nOptions:\n");
    for (const QCommandLineOption &o : exportOptions()) {
        QStringList names;
        for (const QString &n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") + n : QStringLiteral("--") + n);
        QString left = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            left += u' ' + o.valueName();
        text += QStringLiteral("  %1%2\n").arg(left.leftJustified(24), o.description());
    }
    return text;
}

// Collects the request from the options; returns an error message (usage error) or empty.
QString buildRequest(const QCommandLineParser &parser, ExportRequest *r)
{
    const QString out = parser.value(opt("output"));
    if (out.isEmpty())
        return QStringLiteral("missing -o OUT.png|OUT.svg|OUT.pdf");
    const auto format = ExportRequest::formatFromFileName(out);
    if (!format)
        return QStringLiteral("cannot tell the image format of '%1': use a .png, .svg or .pdf file name").arg(out);
    r->format = *format;

    auto intOption = [&](const char *name, int *value) -> QString {
        if (!parser.isSet(opt(name)))
            return {};
        bool ok = false;
        *value = parser.value(opt(name)).toInt(&ok);
        return ok ? QString() : QStringLiteral("--%1 %2: not a whole number").arg(opt(name), parser.value(opt(name)));
    };
    int width = r->pixelSize.width(), height = r->pixelSize.height();
    for (QString e : {intOption("width", &width), intOption("height", &height), intOption("tiles", &r->tiles)}) {
        if (!e.isEmpty())
            return e;
    }
    r->pixelSize = QSize(width, height);
    if (parser.isSet(opt("dpr"))) {
        bool ok = false;
        r->devicePixelRatio = parser.value(opt("dpr")).toDouble(&ok);
        if (!ok)
            return QStringLiteral("--dpr %1: not a number").arg(parser.value(opt("dpr")));
    }
    if (parser.isSet(opt("page"))) {
        const auto page = ExportRequest::pageFromName(parser.value(opt("page")), &r->customPageMm);
        if (!page)
            return QStringLiteral("--page %1: use A4, A3, Letter or WIDTHxHEIGHTmm").arg(parser.value(opt("page")));
        r->page = *page;
    }
    if (parser.isSet(opt("landscape")) && parser.isSet(opt("portrait")))
        return QStringLiteral("--landscape and --portrait exclude each other");
    if (parser.isSet(opt("portrait")))
        r->orientation = QPageLayout::Portrait;
    if (parser.isSet(opt("landscape")))
        r->orientation = QPageLayout::Landscape;
    if (parser.isSet(opt("margins"))) {
        bool ok = false;
        const double mm = parser.value(opt("margins")).toDouble(&ok);
        if (!ok || mm < 0)
            return QStringLiteral("--margins %1: not a length in millimetres").arg(parser.value(opt("margins")));
        r->marginsMm = QMarginsF(mm, mm, mm, mm);
    }
    if (parser.isSet(opt("palette"))) {
        bool ok = false;
        r->palette = Palette::kindFromName(parser.value(opt("palette")), &ok);
        if (!ok)
            return QStringLiteral("--palette %1: use light, dark or print").arg(parser.value(opt("palette")));
    }
    if (parser.isSet(opt("lanes"))) {
        bool ok = false;
        r->grouping = laneGroupingFromName(parser.value(opt("lanes")), &ok);
        if (!ok)
            return QStringLiteral("--lanes %1: use actor, type, country, tag or none").arg(parser.value(opt("lanes")));
    }
    r->title = parser.value(opt("title"));
    r->subtitle = parser.value(opt("subtitle"));
    const std::pair<const char *, ExportPart> flags[] = {{"legend", ExportPart::Legend},
                                                         {"sources", ExportPart::SourcesFooter},
                                                         {"appendix", ExportPart::Appendix}};
    for (const auto &[name, part] : flags) {
        if (parser.isSet(opt(name)))
            r->parts |= part;
    }
    if (parser.isSet(opt("no-caption")))
        r->parts &= ~ExportParts(ExportPart::DateCaption);

    FuzzyDate from, to;
    for (const auto &[name, date] : {std::pair{"from", &from}, std::pair{"to", &to}}) {
        if (!parser.isSet(opt(name)))
            continue;
        QString error;
        *date = FuzzyDate::fromEdtf(parser.value(opt(name)), &error);
        if (!date->isValid())
            return QStringLiteral("--%1 %2: %3").arg(opt(name), parser.value(opt(name)), error);
    }
    if (from.isValid() || to.isValid()) {
        r->scope = ExportScope::Range;
        r->from = from.isValid() ? from.bounds().earliestStart : kTimeMin;
        r->to = to.isValid() ? to.bounds().latestEnd : kTimeMax;
        if (r->from >= r->to)
            return QStringLiteral("--from is not before --to");
    }
    return r->validate();
}

// Takes from a saved view what the options did not set: lanes, palette, the visible range.
QString applyView(const QCommandLineParser &parser, const SavedView &view, ExportRequest *r)
{
    if (!parser.isSet(opt("lanes")))
        r->grouping = view.grouping;
    if (!parser.isSet(opt("palette")) && !view.palette.isEmpty()) {
        bool ok = false;
        const Palette::Kind kind = Palette::kindFromName(view.palette, &ok);
        if (ok)
            r->palette = kind;
    }
    if (!parser.isSet(opt("from")) && !parser.isSet(opt("to")) && view.visibleFrom < view.visibleTo) {
        r->scope = ExportScope::Range;
        r->from = view.visibleFrom;
        r->to = view.visibleTo;
    }
    return r->validate();
}

QString viewNames(const Document &document)
{
    QStringList names;
    for (const SavedView &v : document.savedViews())
        names << v.name;
    return names.isEmpty() ? QStringLiteral("the document has no saved views")
                           : QStringLiteral("its views: ") + names.join(QStringLiteral(", "));
}

} // namespace

Command exportImageCommand()
{
    Command c{QStringLiteral("export"),
              QStringLiteral("export FILE -o OUT.{png,svg,pdf} [--view NAME] [options]"),
              QStringLiteral("Draws the timeline as PNG, SVG or PDF (no display needed; see export --help)"), {},
              optionList()};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        parser.addOptions(exportOptions());
        if (!parseArguments(parser, c, args, 1, io))
            return int(ExitUsage);
        ExportRequest request;
        if (const QString problem = buildRequest(parser, &request); !problem.isEmpty()) {
            io.err << "dateline-cli export: " << problem << '\n';
            return int(ExitUsage);
        }
        const QString outPath = parser.value(opt("output"));
        const auto document = openDocument(parser.positionalArguments().at(0), OpenMode::ReadOnly, io);
        if (!document)
            return int(ExitFailure);
        EventFilter filter;
        if (parser.isSet(opt("view"))) {
            const QString name = parser.value(opt("view"));
            const std::optional<SavedView> view = document->savedView(name);
            if (!view) {
                io.err << "dateline-cli export: no saved view named \"" << name << "\" (" << viewNames(*document) << ")\n";
                return int(ExitFailure);
            }
            if (const QString problem = applyView(parser, *view, &request); !problem.isEmpty()) {
                io.err << "dateline-cli export: view \"" << name << "\": " << problem << '\n';
                return int(ExitFailure);
            }
            filter = view->filter;
        }
        TimelineModel timeline; // loads at once: no background threshold
        timeline.setGrouping(request.grouping);
        timeline.setDocument(document.get());
        if (request.title.isEmpty() && !parser.isSet(opt("title")))
            request.title = document->title();
        TimelineModel::Snapshot snapshot = timeline.exportSnapshot();
        if (!filter.isEmpty()) { // a saved view's filter: draw only the events it lets through
            auto filtered = std::make_shared<const TimeIndex>(timeIndexForFilter(*document, request.grouping, filter));
            snapshot.scene.index = filtered.get();
            snapshot.index = std::move(filtered);
        }
        const ImageExporter exporter(document.get(), snapshot.scene);
        QString error;
        if (!exporter.write(request, outPath, &error)) {
            io.err << "dateline-cli export: " << error << '\n';
            return int(ExitFailure);
        }
        // A picture may have grown taller than asked, to hold every lane: say the size it has.
        const QSize pixels = request.format == ExportFormat::Png ? QImageReader(outPath).size() : QSize();
        io.out << "wrote " << outPath << " ("
               << (pixels.isValid() ? QStringLiteral("%1 \u00d7 %2 px, ").arg(pixels.width()).arg(pixels.height()) : QString())
               << QFileInfo(outPath).size() << " bytes)\n";
        return int(ExitOk);
    };
    return c;
}

} // namespace dateline::cli
