#include "core/render/scene.h"

namespace dateline {

LayoutOptions::LayoutOptions()
{
    labelFont.setFamily(QStringLiteral("DejaVu Sans"));
    labelFont.setPixelSize(12);
    axisFont = labelFont;
    axisFont.setPixelSize(11);
    headerFont = labelFont;
    headerFont.setPixelSize(12);
    headerFont.setBold(true);
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
