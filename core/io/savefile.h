#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

class QSaveFile;

namespace dateline {

// Commits a QSaveFile only when everything written to it reached the file. Qt does not report a
// short write (the disk filled up, or RLIMIT_FSIZE was reached, in the middle of a write), and
// QSaveFile::commit() would then put a truncated file in place and say it succeeded. Otherwise
// the temporary file is dropped, an existing file at the path stays as it was, and error says why
// in words for people. The caller reports error with the file's name.
bool commitSaveFile(QSaveFile &file, QString *error);

// Writes data to path through a QSaveFile and commitSaveFile: all of it or nothing.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

// The same for a writer that streams: write gets the open temporary file and returns false,
// setting its error argument, to give up. Only a complete write replaces path.
bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice &, QString *)> &write,
                         QString *error);

} // namespace dateline
