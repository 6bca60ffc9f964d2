#pragma once

#include <QJsonObject>
#include <QString>

namespace dateline::bench {

// Export figures for the budgets in docs/architecture.md §7 on an existing .dateline file: PNG 3840x2160 render and
// encode times, SVG and PDF (with and without the appendix) seconds and bytes, for the whole
// timeline. Writes the files into outDir when it is not empty, so they can be looked at.
QJsonObject measureExport(const QString &documentPath, const QString &outDir);

} // namespace dateline::bench
