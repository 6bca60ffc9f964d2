#include "core/render/export/exportrequest.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace dateline {

namespace {

constexpr double kLogicalDpi = 96;
constexpr double kMmPerInch = 25.4;
constexpr double kMinPageMm = 50;
constexpr double kMaxPageMm = 5000; // a five-metre poster

} // namespace

QSizeF ExportRequest::pageSizeMm() const
{
    QSizeF mm;
    switch (page) {
    case PageFormat::A4: mm = QSizeF(210, 297); break;
    case PageFormat::A3: mm = QSizeF(297, 420); break;
    case PageFormat::Letter: mm = QSizeF(215.9, 279.4); break;
    case PageFormat::Custom: mm = customPageMm; break;
    }
    const bool wide = mm.width() > mm.height();
    if ((orientation == QPageLayout::Landscape) != wide)
        mm.transpose();
    return mm;
}

QSizeF ExportRequest::pageSizeLogical() const
{
    return pageSizeMm() * (kLogicalDpi / kMmPerInch);
}

QSizeF ExportRequest::canvasSize() const
{
    switch (format) {
    case ExportFormat::Png:
        return QSizeF(pixelSize) / devicePixelRatio;
    case ExportFormat::Svg:
        return QSizeF(pixelSize);
    case ExportFormat::Pdf:
        break;
    }
    const double k = kLogicalDpi / kMmPerInch;
    const QSizeF page = pageSizeLogical();
    return QSizeF(page.width() - (marginsMm.left() + marginsMm.right()) * k,
                  page.height() - (marginsMm.top() + marginsMm.bottom()) * k);
}

QString ExportRequest::validate() const
{
    if (format != ExportFormat::Pdf) {
        if (pixelSize.width() < 16 || pixelSize.height() < 16)
            return QStringLiteral("the image size %1x%2 is too small (at least 16x16 pixels)")
                .arg(pixelSize.width()).arg(pixelSize.height());
        if (pixelSize.width() > kMaxPixels || pixelSize.height() > kMaxPixels)
            return QStringLiteral("the image size %1x%2 is too large (at most %3 pixels a side)")
                .arg(pixelSize.width()).arg(pixelSize.height()).arg(kMaxPixels);
        if (qint64(pixelSize.width()) * pixelSize.height() > kMaxArea)
            return QStringLiteral("the image size %1x%2 is too large (at most %3 megapixels)")
                .arg(pixelSize.width()).arg(pixelSize.height()).arg(kMaxArea / 1'000'000);
        if (!(devicePixelRatio >= 0.25 && devicePixelRatio <= 16))
            return QStringLiteral("the device pixel ratio %1 is out of range (0.25 to 16)").arg(devicePixelRatio);
        const QSizeF logical = canvasSize();
        if (logical.width() < 200 || logical.height() < 100)
            return QStringLiteral("the image is too small for its device pixel ratio: %1x%2 logical pixels "
                                  "(at least 200x100)").arg(std::lround(logical.width())).arg(std::lround(logical.height()));
    } else {
        const QSizeF mm = pageSizeMm();
        if (!(mm.width() >= kMinPageMm && mm.height() >= kMinPageMm && mm.width() <= kMaxPageMm
              && mm.height() <= kMaxPageMm))
            return QStringLiteral("the page size %1x%2 mm is out of range (%3 to %4 mm a side)")
                .arg(mm.width()).arg(mm.height()).arg(kMinPageMm).arg(kMaxPageMm);
        if (marginsMm.left() < 0 || marginsMm.top() < 0 || marginsMm.right() < 0 || marginsMm.bottom() < 0)
            return QStringLiteral("margins cannot be negative");
        const QSizeF canvas = canvasSize();
        if (canvas.width() < 150 || canvas.height() < 100)
            return QStringLiteral("the margins leave too little of the page to draw on");
        if (tiles < 1 || tiles > kMaxTiles)
            return QStringLiteral("the number of pages to tile over must be between 1 and %1").arg(kMaxTiles);
    }
    if (scope == ExportScope::Range && from >= to)
        return QStringLiteral("the range is empty: its start is not before its end");
    if (scope == ExportScope::CurrentView && (view.size.width() <= 0 || view.size.height() <= 0))
        return QStringLiteral("there is no current view to export");
    return {};
}

std::optional<ExportFormat> ExportRequest::formatFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"png")
        return ExportFormat::Png;
    if (suffix == u"svg")
        return ExportFormat::Svg;
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString ExportRequest::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

std::optional<PageFormat> ExportRequest::pageFromName(QStringView name, QSizeF *customMm)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"a4")
        return PageFormat::A4;
    if (n == u"a3")
        return PageFormat::A3;
    if (n == u"letter")
        return PageFormat::Letter;
    static const QRegularExpression custom(QStringLiteral(R"(^(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s*(?:mm)?$)"));
    const QRegularExpressionMatch m = custom.match(n);
    if (!m.hasMatch())
        return std::nullopt;
    if (customMm)
        *customMm = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    return PageFormat::Custom;
}

QString ExportRequest::pageName(PageFormat page)
{
    switch (page) {
    case PageFormat::A4: return QStringLiteral("A4");
    case PageFormat::A3: return QStringLiteral("A3");
    case PageFormat::Letter: return QStringLiteral("Letter");
    case PageFormat::Custom: return QStringLiteral("Custom");
    }
    return {};
}

} // namespace dateline
