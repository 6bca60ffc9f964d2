#include "core/render/export/appendixpainter.h"

#include "core/model/untrustedtext.h"
#include "core/render/export/pagedecorator.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace dateline {

namespace {

constexpr double kHeadingHeight = 40;
constexpr double kIndent = 34;
constexpr double kBlockGap = 12;
constexpr double kPageNumberHeight = 18;

struct Fonts {
    QFont heading, number, meta, quote;
    explicit Fonts(const Scene &scene)
        : heading(PageDecorator::font(scene, 20, QFont::Bold))
        , number(PageDecorator::font(scene, 12, QFont::Bold))
        , meta(PageDecorator::font(scene, 11))
        , quote(PageDecorator::font(scene, 12))
    {
        quote.setItalic(true);
    }
};

QString headLine(const QuoteNote &n)
{
    return n.speaker.isEmpty() ? QStringLiteral("Unknown speaker") : oneLine(n.speaker);
}

QString eventLine(const QuoteNote &n)
{
    if (n.eventTitle.isEmpty())
        return {};
    // Isolated, as every untrusted piece of a line here: a Hebrew title made the line right-to-left
    // and drew "2 Mar 2008" as "Mar 2008 2 ,", a U+202E in a quote swallowed its closing mark.
    const QString title = isolated(oneLine(n.eventTitle));
    return n.eventDate.isEmpty() ? title : QStringLiteral("%1, %2").arg(title, n.eventDate);
}

QString citationLine(const QuoteNote &n)
{
    if (n.citation.isEmpty())
        return QStringLiteral("Source: not recorded");
    QString s = QStringLiteral("Source: ") + n.citation;
    if (!n.locator.isEmpty())
        s += QStringLiteral(" (%1)").arg(isolated(oneLine(n.locator)));
    return s;
}

QString gradeLine(const QuoteNote &n)
{
    const QString reliability = n.reliability.isNull()
        ? QStringLiteral("Reliability: no source")
        : QStringLiteral("Reliability %1 (%2)").arg(n.reliability, QuoteNotes::reliabilityName(n.reliability));
    return QStringLiteral("%1  ·  credibility %2 (%3)")
        .arg(reliability).arg(n.credibility).arg(QuoteNotes::credibilityName(n.credibility));
}

QString quoteLine(const QuoteNote &n)
{
    return u'\u201C' + isolated(n.text) + u'\u201D';
}

// A paragraph wrapped at word boundaries, or anywhere in a word wider than the page (a URL, a
// 400-letter name): word wrapping alone let it run past the page edge, cut off.
struct Paragraph {
    QTextLayout layout;
    double height = 0;

    Paragraph(const QFont &font, double width, QString text)
        : layout(text.replace(u'\n', QChar::LineSeparator), font)
    {
        QTextOption option(Qt::AlignLeft);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(Qt::LeftToRight); // the page's; its pieces are isolated
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
    }
};

double wrappedHeight(const QFont &font, double width, const QString &text)
{
    return Paragraph(font, width, text).height;
}

} // namespace

double AppendixPainter::blockHeight(const ExportPlan &plan, const QuoteNote &note)
{
    const Fonts f(plan.scene());
    const double w = plan.canvas().width() - kIndent;
    double h = QFontMetricsF(f.number).height() + 2;
    if (!eventLine(note).isEmpty())
        h += wrappedHeight(f.meta, w, eventLine(note)) + 2;
    h += wrappedHeight(f.quote, w, quoteLine(note)) + 3;
    h += wrappedHeight(f.meta, w, citationLine(note)) + 1;
    h += wrappedHeight(f.meta, w, gradeLine(note));
    return h + kBlockGap;
}

std::vector<AppendixPainter::PageRange> AppendixPainter::paginate(const ExportPlan &plan)
{
    std::vector<PageRange> pages;
    const std::vector<QuoteNote> &notes = plan.notes().notes();
    if (notes.empty())
        return pages;
    const double bottom = plan.canvas().height() - kPageNumberHeight;
    double y = kHeadingHeight;
    int first = 0;
    for (int i = 0; i < int(notes.size()); ++i) {
        const double h = blockHeight(plan, notes[std::size_t(i)]);
        if (y + h > bottom && i > first) {
            pages.emplace_back(first, i);
            first = i;
            y = 0;
        }
        y += h;
    }
    pages.emplace_back(first, int(notes.size()));
    return pages;
}

double AppendixPainter::paintBlock(QPainter &p, const ExportPlan &plan, const QuoteNote &note, double y)
{
    const Fonts f(plan.scene());
    const Palette &pal = plan.palette();
    const double w = plan.canvas().width() - kIndent;
    const double lineH = QFontMetricsF(f.number).height();
    p.setPen(pal.quoteMarker);
    p.setFont(f.number);
    p.drawText(QRectF(0, y, kIndent - 4, lineH), int(Qt::AlignLeft | Qt::AlignVCenter),
               QStringLiteral("[%1]").arg(note.number));
    p.setPen(pal.text);
    p.drawText(QRectF(kIndent, y, w, lineH), int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine),
               QFontMetricsF(f.number).elidedText(headLine(note), Qt::ElideRight, w));
    y += lineH + 2;
    auto para = [&](const QFont &font, const QColor &color, const QString &text, double after) {
        p.setFont(font);
        p.setPen(color);
        const Paragraph paragraph(font, w, text);
        paragraph.layout.draw(&p, QPointF(kIndent, y));
        y += paragraph.height + after;
    };
    if (!eventLine(note).isEmpty())
        para(f.meta, pal.mutedText, eventLine(note), 2);
    para(f.quote, pal.text, quoteLine(note), 3);
    para(f.meta, pal.mutedText, citationLine(note), 1);
    para(f.meta, pal.mutedText, gradeLine(note), 0);
    return y + kBlockGap;
}

void AppendixPainter::paint(QPainter &p, const ExportPlan &plan, PageRange range, int page, int pageCount)
{
    const Fonts f(plan.scene());
    const Palette &pal = plan.palette();
    const std::vector<QuoteNote> &notes = plan.notes().notes();
    double y = 0;
    if (range.first == 0) {
        p.setFont(f.heading);
        p.setPen(pal.text);
        p.drawText(QRectF(0, 0, plan.canvas().width(), kHeadingHeight - 10),
                   int(Qt::AlignLeft | Qt::AlignVCenter), QStringLiteral("Quotes and sources"));
        y = kHeadingHeight;
    }
    for (int i = range.first; i < range.second; ++i)
        y = paintBlock(p, plan, notes[std::size_t(i)], y);
    p.setFont(f.meta);
    p.setPen(pal.mutedText);
    QString footer = QStringLiteral("Page %1 of %2").arg(page + 1).arg(pageCount);
    if (range.second == int(notes.size()) && plan.notes().omitted() > 0)
        footer = QStringLiteral("%L1 more quotes not listed  ·  ").arg(plan.notes().omitted()) + footer;
    p.drawText(QRectF(0, plan.canvas().height() - kPageNumberHeight, plan.canvas().width(), kPageNumberHeight),
               int(Qt::AlignRight | Qt::AlignVCenter), footer);
}

} // namespace dateline
