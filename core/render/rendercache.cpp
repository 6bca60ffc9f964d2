#include "core/render/rendercache.h"

#include "core/render/paintprimitives.h"

#include <QPainter>

#include <cmath>

namespace dateline {

namespace {
constexpr qsizetype kMaxWidths = 50000;
constexpr qsizetype kMaxElisions = 20000;
constexpr qsizetype kMaxStatics = 4000;
constexpr std::size_t kMaxRecentFonts = 8;
} // namespace

RenderCache::RenderCache() = default;

RenderCache::PerFont &RenderCache::perFont(const QFont &font)
{
    for (const auto &[f, p] : m_recent) {
        if (f == font)
            return *p;
    }
    const QString key = font.key();
    PerFont *p = m_fonts.value(key);
    if (!p) {
        m_storage.push_back(std::unique_ptr<PerFont>(new PerFont{QFontMetricsF(font), {}, {}, {}}));
        p = m_storage.back().get();
        m_fonts.insert(key, p);
    }
    if (m_recent.size() >= kMaxRecentFonts)
        m_recent.erase(m_recent.begin());
    m_recent.emplace_back(font, p);
    return *p;
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

namespace {
int elisionBucket(double width)
{
    return int(width) / 6 * 6; // 6 px steps: panning reuses elisions
}
} // namespace

QString RenderCache::elisionKey(const QString &text, double width)
{
    QString key = text;
    key += QChar(0);
    key += QString::number(elisionBucket(width));
    return key;
}

QString RenderCache::elided(const QFont &font, const QString &text, double width)
{
    PerFont &p = perFont(font);
    const QString key = elisionKey(text, width);
    const auto it = p.elisions.constFind(key);
    if (it != p.elisions.cend())
        return *it;
    if (p.elisions.size() > kMaxElisions)
        p.elisions.clear();
    const QString e = p.metrics.elidedText(text, Qt::ElideRight, elisionBucket(width));
    p.elisions.insert(key, e);
    return e;
}

std::optional<double> RenderCache::cachedWidth(const QFont &font, const QString &text)
{
    const PerFont &p = perFont(font);
    const auto it = p.widths.constFind(text);
    return it != p.widths.cend() ? std::optional<double>(*it) : std::nullopt;
}

std::optional<QString> RenderCache::cachedElision(const QFont &font, const QString &text, double width)
{
    const PerFont &p = perFont(font);
    const auto it = p.elisions.constFind(elisionKey(text, width));
    return it != p.elisions.cend() ? std::optional<QString>(*it) : std::nullopt;
}

bool RenderCache::hasStaticText(const QFont &font, const QString &text)
{
    return perFont(font).statics.contains(text);
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

const QImage &RenderCache::diamond(QRgb color, QRgb fill, bool hollow, double size, double dpr)
{
    const QString key = QStringLiteral("%1/%2/%3/%4/%5").arg(color).arg(fill).arg(int(hollow)).arg(size).arg(dpr);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const int side = int(std::ceil((size + 2) * dpr));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(dpr);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    const double c = side / dpr / 2, m = size / 2;
    const QPointF points[4] = {{c, c - m}, {c + m, c}, {c, c + m}, {c - m, c}};
    if (hollow) {
        p.setPen(QPen(QColor::fromRgba(color), 1.5));
        p.setBrush(QColor::fromRgba(fill));
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor::fromRgba(color));
    }
    p.drawConvexPolygon(points, 4);
    p.end();
    return *m_sprites.insert(key, image);
}

const QImage &RenderCache::histogramBars(const std::vector<float> &histogram, double height, QRgb color,
                                         QRgb background)
{
    if (!m_bars.isNull() && histogram == m_barsHistogram && height == m_barsHeight && color == m_barsColor
        && background == m_barsBackground) {
        return m_bars;
    }
    const int rows = std::max(1, int(std::ceil(height)));
    const int columns = std::max<int>(1, int(histogram.size()));
    QImage bars(columns, rows, QImage::Format_ARGB32_Premultiplied);
    bars.fill(qPremultiply(background));
    uchar *bits = bars.bits(); // once: scanLine() checks for a detach on every call
    const qsizetype stride = bars.bytesPerLine();
    const QRgb premultiplied = paint::over(QColor::fromRgba(color), 255, QColor::fromRgba(background)).rgba();
    for (std::size_t c = 0; c < histogram.size(); ++c) {
        const int h = std::min(rows, int(std::round(double(histogram[c]) * height)));
        for (int y = rows - h; y < rows; ++y)
            reinterpret_cast<QRgb *>(bits + y * stride)[c] = premultiplied;
    }
    m_bars = std::move(bars);
    m_barsHistogram = histogram;
    m_barsHeight = height;
    m_barsColor = color;
    m_barsBackground = background;
    return m_bars;
}

const QImage &RenderCache::layer(const QString &name, const QByteArray &key, QSize pixelSize, double dpr,
                                 const std::function<void(QPainter &)> &paint)
{
    Layer &layer = m_layers[name];
    if (layer.key == key && layer.image.size() == pixelSize && !layer.image.isNull())
        return layer.image;
    // repaint in place when the size stays: a new image of this size would fault in fresh pages,
    // which costs more than the painting on a virtual machine
    if (layer.image.size() != pixelSize || layer.image.isNull())
        layer.image = QImage(pixelSize, QImage::Format_ARGB32_Premultiplied);
    layer.image.fill(Qt::transparent);
    layer.image.setDevicePixelRatio(dpr);
    {
        QPainter p(&layer.image);
        paint(p);
    }
    layer.key = key;
    return layer.image;
}

QImage &RenderCache::scratch(QSize atLeast)
{
    if (m_scratch.width() < atLeast.width() || m_scratch.height() < atLeast.height()) {
        m_scratch = QImage(std::max(atLeast.width(), m_scratch.width()), std::max(atLeast.height(), m_scratch.height()),
                           QImage::Format_ARGB32_Premultiplied);
    }
    return m_scratch;
}

void RenderCache::preloadFonts(const std::vector<QFont> &fonts)
{
    // Latin, Greek, Cyrillic, Arabic, Hebrew, CJK, kana, Hangul and typographic quotes (scripts
    // that need OpenType tables the primary font lacks, such as Devanagari, would only make Qt warn)
    static const QString sample = QStringLiteral(
        "Aa \u03b1\u03b2 \u0416\u0436 \u0627\u062a\u0641\u0627\u0642 \u05e9\u05dc\u05d5\u05dd "
        "\u4f1a\u8c08 \u3053\u3093 \ud55c\uad6d \u201c\u201d\u2014\u2026");
    for (const QFont &font : fonts) {
        QImage image(8, 8, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        p.setFont(font);
        p.drawText(QPointF(0, 6), sample); // shapes and rasterises: loads every engine it needs
    }
}

void RenderCache::clear()
{
    m_scratch = QImage();
    m_layers.clear();
    m_bars = QImage();
    m_barsHistogram.clear();
    m_sprites.clear();
    m_recent.clear();
    m_fonts.clear();
    m_storage.clear();
}

} // namespace dateline
