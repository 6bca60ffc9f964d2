#pragma once

#include "core/date/timepoint.h"
#include "core/index/lanegrouping.h"
#include "core/model/ids.h"
#include "core/render/palette.h"
#include "core/render/scene.h"

#include <QFlags>
#include <QMarginsF>
#include <QPageLayout>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace dateline {

enum class ExportFormat : std::uint8_t { Png, Svg, Pdf };
enum class ExportScope : std::uint8_t { CurrentView, WholeTimeline, Range };
enum class PageFormat : std::uint8_t { A4, A3, Letter, Custom };

// Optional parts of an exported picture around the timeline itself.
enum class ExportPart : std::uint16_t {
    None = 0,
    DateCaption = 1 << 0,   // "17 Mar 2008 – 6 Apr 2008 · 9 events · lanes by actor"
    Legend = 1 << 1,        // colours (CAMEO quad classes) and symbols
    SourcesFooter = 1 << 2, // the sources of the quotes shown
    Appendix = 1 << 3,      // PDF and print: "Quotes and sources" pages
    QuoteNumbers = 1 << 4,  // [1], [2]... next to quoted events, matching the appendix
};
Q_DECLARE_FLAGS(ExportParts, ExportPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(ExportParts)

// What to export and how: a value. The exporter never changes the live view; a request carries a
// copy of the screen viewport when the current view is exported. Its member values are the one
// set of export defaults: dateline-cli export states and uses them, and the export dialog and
// Print start from them until the user chooses otherwise.
struct ExportRequest {
    static constexpr int kMaxPixels = 32768;            // per side
    static constexpr qint64 kMaxArea = 400'000'000;     // pixels
    static constexpr int kMaxTiles = 64;

    ExportFormat format = ExportFormat::Png;
    ExportScope scope = ExportScope::WholeTimeline;
    Viewport view;                 // CurrentView: the screen's viewport (its range and scroll)
    TimePoint from = 0;            // Range: [from, to)
    TimePoint to = 0;
    std::vector<EventId> events;   // non-empty: only these events (the selection or a filter)
    QStringList lanes;             // non-empty: only these lanes (LaneInfo::key)
    // CurrentView: only the lanes the screen shows, from its scroll position, in pixelSize (Copy
    // Image). Otherwise every lane is drawn from the first: a PNG or SVG grows taller than
    // pixelSize to hold them (ExportPlan::pixelSize), a page fits its rows to them.
    bool visibleLanesOnly = false;
    LaneGrouping grouping = LaneGrouping::Actor; // informational (caption); the index decides

    QSize pixelSize{1920, 1080};   // PNG (device pixels) and SVG (its size)
    double devicePixelRatio = 1;   // PNG: logical size = pixelSize / ratio, crisper text

    PageFormat page = PageFormat::A4;
    QSizeF customPageMm{420, 297}; // PageFormat::Custom, as given (orientation applies after)
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QMarginsF marginsMm{12, 12, 12, 12};
    int tiles = 1;                 // PDF: the range is split over this many pages

    Palette::Kind palette = Palette::Kind::Light;
    QString title;
    QString subtitle;
    ExportParts parts = ExportPart::DateCaption | ExportPart::QuoteNumbers;

    // The page size in millimetres after orientation.
    QSizeF pageSizeMm() const;
    // Page size in the logical units the timeline is laid out in (1/96 inch, as on screen).
    QSizeF pageSizeLogical() const;
    // Logical size of the picture: the page minus margins (PDF), pixelSize / ratio (PNG), pixelSize (SVG).
    QSizeF canvasSize() const;
    int contentPages() const { return format == ExportFormat::Pdf ? tiles : 1; }

    // Empty when the request can be rendered; otherwise a message a person understands.
    QString validate() const;

    static std::optional<ExportFormat> formatFromFileName(const QString &fileName); // by suffix
    static QString formatName(ExportFormat format);                                // "png"...
    // "A4", "a3", "Letter", "420x297mm", "420x297" (millimetres). Custom sizes fill customMm.
    static std::optional<PageFormat> pageFromName(QStringView name, QSizeF *customMm);
    static QString pageName(PageFormat page);
};

} // namespace dateline
