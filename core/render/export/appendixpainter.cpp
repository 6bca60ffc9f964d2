#include "core/render/export/appendixpainter.h"

#include "core/model/untrustedtext.h"
#include "core/render/export/pagedecorator.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <optional>

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
// 400-letter name): word wrapping alone let it run past the page edge, cut off. No taller than
// maxHeight: the lines that fit, the last ending in "…" (a block taller than a page ran past
// the page number and off the page).
class Paragraph {
public:
    Paragraph(const QFont &font, double width, QString text, double maxHeight)
        : m_layout(text.replace(u'\n', QChar::LineSeparator), font)
    {
        QTextOption option(Qt::AlignLeft);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(Qt::LeftToRight); // the page's; its pieces are isolated
        m_layout.setTextOption(option);
        layOut(width);
        if (m_height <= maxHeight)
            return;
        qsizetype end = 0;
        double h = 0;
        for (int i = 0; i < m_layout.lineCount(); ++i) {
            const QTextLine line = m_layout.lineAt(i);
            if (i > 0 && h + line.height() > maxHeight)
                break;
            h += line.height();
            end = line.textStart() + line.textLength();
        }
        end = std::max<qsizetype>(0, end - 3); // room for the ellipsis on the same line
        if (end > 0 && text.at(end - 1).isHighSurrogate())
            --end;
        m_layout.setText(text.left(end) + QChar(0x2026));
        layOut(width);
    }
    double height() const { return m_height; }
    void draw(QPainter &p, QPointF at) const { m_layout.draw(&p, at); }

private:
    void layOut(double width)
    {
        m_height = 0;
        m_layout.beginLayout();
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, m_height));
            m_height += line.height();
        }
        m_layout.endLayout();
    }

    QTextLayout m_layout;
    double m_height = 0;
};

// The block's paragraphs, laid out once for measuring and painting: the event, citation and
// grade lines take at most a few lines, the quote what is left of a page.
struct Block {
    std::optional<Paragraph> event;
    std::optional<Paragraph> quote, citation, grades;
    double headHeight = 0;

    Block(const ExportPlan &plan, const Fonts &f, const QuoteNote &note)
    {
        const double w = plan.canvas().width() - kIndent;
        const double metaLine = QFontMetricsF(f.meta).lineSpacing();
        headHeight = QFontMetricsF(f.number).height();
        double used = headHeight + 2 + 3 + 1 + kBlockGap;
        if (!eventLine(note).isEmpty()) {
            event.emplace(f.meta, w, eventLine(note), 4 * metaLine);
            used += event->height() + 2;
        }
        citation.emplace(f.meta, w, citationLine(note), 4 * metaLine);
        grades.emplace(f.meta, w, gradeLine(note), 2 * metaLine);
        used += citation->height() + grades->height();
        // The whole block fits below the heading of the first appendix page.
        const double page = plan.canvas().height() - kPageNumberHeight - kHeadingHeight;
        quote.emplace(italicUnlessMissing(f.quote, note.text), w, quoteLine(note),
                      std::max(QFontMetricsF(f.quote).lineSpacing(), page - used));
    }
    double height() const
    {
        return headHeight + 2 + (event ? event->height() + 2 : 0) + quote->height() + 3 + citation->height() + 1
            + grades->height() + kBlockGap;
    }
};

} // namespace

double AppendixPainter::blockHeight(const ExportPlan &plan, const QuoteNote &note)
{
    return Block(plan, Fonts(plan.scene()), note).height();
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
    const Block block(plan, f, note);
    auto para = [&](const Paragraph &paragraph, const QColor &color, double after) {
        p.setPen(color);
        paragraph.draw(p, QPointF(kIndent, y));
        y += paragraph.height() + after;
    };
    if (block.event)
        para(*block.event, pal.mutedText, 2);
    para(*block.quote, pal.text, 3);
    para(*block.citation, pal.mutedText, 1);
    para(*block.grades, pal.mutedText, 0);
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
