#include "core/render/scene.h"

#include <QFontDatabase>
#include <QFontMetricsF>

namespace dateline {

namespace {

// DejaVu Sans first (Latin, Greek, Cyrillic, Arabic, Hebrew), then installed fonts for the
// scripts it lacks. Without them, every string with a CJK character makes Qt's fallback search
// ask fontconfig about each of the system's fonts in turn, each time it is shaped: naming a few
// here halves the cost of shaping a label on a machine with a few hundred fonts.
QStringList labelFamilies()
{
    static const QStringList families = [] {
        QStringList out{QStringLiteral("DejaVu Sans")};
        const QStringList installed = QFontDatabase::families();
        for (const char *name : {"Noto Sans CJK SC", "Noto Sans CJK JP", "Droid Sans Fallback", "WenQuanYi Zen Hei",
                                 "WenQuanYi Micro Hei", "Noto Sans Devanagari", "Noto Sans Thai"}) {
            const QString family = QLatin1StringView(name);
            if (installed.contains(family))
                out.push_back(family);
        }
        return out;
    }();
    return families;
}

} // namespace

LayoutOptions::LayoutOptions()
{
    labelFont.setFamilies(labelFamilies());
    labelFont.setPixelSize(12);
    axisFont = labelFont;
    axisFont.setPixelSize(11);
    headerFont = labelFont;
    headerFont.setPixelSize(12);
    headerFont.setBold(true);
}

QFont LayoutOptions::quoteFont() const
{
    QFont f = labelFont;
    f.setItalic(true);
    return f;
}

QFont LayoutOptions::quoteFontFor(QStringView text) const
{
    return italicUnlessMissing(labelFont, text);
}

QFont italicUnlessMissing(QFont font, QStringView text)
{
    font.setItalic(true);
    const QFontMetricsF italic(font);
    for (const char32_t c : text.toUcs4()) {
        // letters and marks only: bidi isolates, spaces and quote marks are drawn by any face
        const auto category = QChar::category(c);
        const bool drawn = QChar::isLetter(c) || category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
        if (drawn && !italic.inFontUcs4(c)) {
            font.setItalic(false);
            break;
        }
    }
    return font;
}

std::vector<QFont> LayoutOptions::fonts() const
{
    QFont majorTicks = axisFont;
    majorTicks.setBold(true);
    return {labelFont, quoteFont(), axisFont, majorTicks, headerFont};
}

std::vector<EraSpan> Scene::erasFrom(const std::vector<Era> &eras)
{
    std::vector<EraSpan> out;
    for (const Era &era : eras) {
        if (!era.span.isValid())
            continue;
        const DateBounds b = era.span.bounds();
        out.push_back({era.name, b.earliestStart, b.latestEnd,
                       era.color.isEmpty() ? QColor() : QColor::fromString(era.color)});
    }
    return out;
}

std::vector<RelationLink> Scene::relationsFrom(const std::vector<Relation> &relations)
{
    std::vector<RelationLink> out;
    out.reserve(relations.size());
    for (const Relation &r : relations)
        out.push_back({r.from, r.to, r.kind});
    return out;
}

} // namespace dateline
