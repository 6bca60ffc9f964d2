#pragma once

#include "app/cli/command.h"
#include "core/io/exportoptions.h"

#include <QString>

#include <functional>

class QIODevice;

namespace dateline::cli {

// A streaming export: writes to out, returns false with a reason to give up.
using ExportWriter = std::function<bool(QIODevice &out, const ExportOptions &options, QString *error)>;

// Runs write into OUT as the text is made: '-' is standard output, anything else goes through a
// QSaveFile, so OUT is replaced only by a complete file. Ctrl+C or SIGTERM cancels the export
// (the temporary file is removed). On failure prints "dateline-cli: cannot write OUT: why".
// Returns the exit code.
int writeExport(const QString &outPath, Io &io, const ExportWriter &write);

} // namespace dateline::cli
