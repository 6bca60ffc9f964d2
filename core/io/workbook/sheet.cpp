#include "core/io/workbook/sheet.h"

#include <cmath>

namespace dateline::workbook {

QString numberText(const QString &stored)
{
    bool ok = false;
    const double v = stored.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return stored;
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

} // namespace dateline::workbook
