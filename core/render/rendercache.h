#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QStaticText>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dateline {

// Shaped-text caches shared by layout and painting across frames: text widths, elisions and
// QStaticText (pre-shaped glyph runs for the raster path). Output never depends on it, only
// speed; one per view. Bounded: each map is emptied when it grows past its limit.
class RenderCache {
public:
    RenderCache();
    double textWidth(const QFont &font, const QString &text);
    QString elided(const QFont &font, const QString &text, double width);
    const QStaticText &staticText(const QFont &font, const QString &text);
    // Only what is cached, never shaping: for a frame that has spent its time on text.
    std::optional<double> cachedWidth(const QFont &font, const QString &text);
    std::optional<QString> cachedElision(const QFont &font, const QString &text, double width);
    bool hasStaticText(const QFont &font, const QString &text);
    // A pre-rendered diamond marker (raster devices): filled, or outlined over `fill` when hollow.
    const QImage &diamond(QRgb color, QRgb fill, bool hollow, double size, double devicePixelRatio);
    // The overview's bars as one opaque image over `background` (raster devices), rebuilt only
    // when the histogram changes: it depends on the data, not on the viewport. Opaque, so drawing
    // it is a copy rather than a blend of every pixel.
    const QImage &histogramBars(const std::vector<float> &histogram, double height, QRgb color, QRgb background);
    // A part of the frame that panning and zooming leave alone (the lane headers), kept as an image
    // of pixelSize: `paint` redraws it only when `key` differs from the previous call for `name`.
    const QImage &layer(const QString &name, const QByteArray &key, QSize pixelSize, double devicePixelRatio,
                        const std::function<void(QPainter &)> &paint);
    // A reusable image of at least this size, contents undefined, for pixels built and drawn at
    // once (density bands), so a frame allocates no image memory.
    QImage &scratch(QSize atLeast);
    void clear();
    // Loads the font files a frame may need (each style of the layout's fonts, with the fallback
    // fonts for common scripts) before the first frame: loading one takes milliseconds, which a
    // frame that shows the first italic quote or Arabic title would otherwise pay.
    static void preloadFonts(const std::vector<QFont> &fonts);

private:
    struct PerFont {
        QFontMetricsF metrics;
        QHash<QString, double> widths;
        QHash<QString, QString> elisions; // key: text + '\0' + width
        QHash<QString, QStaticText> statics;
    };
    PerFont &perFont(const QFont &font);
    static QString elisionKey(const QString &text, double width);
    // QFont::key() formats the whole font description: recent fonts are matched with operator== first
    std::vector<std::pair<QFont, PerFont *>> m_recent;
    QHash<QString, PerFont *> m_fonts;
    QHash<QString, QImage> m_sprites;
    std::vector<std::unique_ptr<PerFont>> m_storage;
    std::vector<float> m_barsHistogram;
    double m_barsHeight = 0;
    QRgb m_barsColor = 0;
    QRgb m_barsBackground = 0;
    QImage m_bars;
    struct Layer {
        QByteArray key;
        QImage image;
    };
    QHash<QString, Layer> m_layers;
    QImage m_scratch;
};

} // namespace dateline
