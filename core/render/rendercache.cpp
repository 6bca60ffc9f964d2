#include "core/render/rendercache.h"

namespace dateline {

namespace {
constexpr qsizetype kMaxWidths = 50000;
constexpr qsizetype kMaxElisions = 20000;
constexpr qsizetype kMaxStatics = 4000;
} // namespace

RenderCache::RenderCache() = default;

RenderCache::PerFont &RenderCache::perFont(const QFont &font)
{
    const QString key = font.key();
    if (PerFont *p = m_fonts.value(key))
        return *p;
    m_storage.push_back(std::unique_ptr<PerFont>(new PerFont{QFontMetricsF(font), {}, {}, {}}));
    m_fonts.insert(key, m_storage.back().get());
    return *m_storage.back();
}

double RenderCache::textWidth(const QFont &font, const QString &text)
{
    PerFont &p = perFont(font);
    const auto it = p.widths.constFind(text);
    if (it != p.widths.cend())
        return *it;
    if (p.widths.size() > kMaxWidths)
        p.widths.clear();
    const double w = p.metrics.horizontalAdvance(text);
    p.widths.insert(text, w);
    return w;
}

QString RenderCache::elided(const QFont &font, const QString &text, double width)
{
    PerFont &p = perFont(font);
    const int bucket = int(width); // whole pixels: widths differing by less elide alike
    QString key = text;
    key += QChar(0);
    key += QString::number(bucket);
    const auto it = p.elisions.constFind(key);
    if (it != p.elisions.cend())
        return *it;
    if (p.elisions.size() > kMaxElisions)
        p.elisions.clear();
    const QString e = p.metrics.elidedText(text, Qt::ElideRight, bucket);
    p.elisions.insert(key, e);
    return e;
}

const QStaticText &RenderCache::staticText(const QFont &font, const QString &text)
{
    PerFont &p = perFont(font);
    auto it = p.statics.find(text);
    if (it != p.statics.end())
        return *it;
    if (p.statics.size() > kMaxStatics)
        p.statics.clear();
    QStaticText st(text);
    st.setTextFormat(Qt::PlainText);
    st.setPerformanceHint(QStaticText::AggressiveCaching);
    st.prepare(QTransform(), font);
    return *p.statics.insert(text, st);
}

void RenderCache::clear()
{
    m_fonts.clear();
    m_storage.clear();
}

} // namespace dateline
