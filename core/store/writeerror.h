#pragma once

#include "core/store/storeerror.h"

#include <QString>

#include <optional>

namespace dateline::store {

// Why SQLite could not write the file at path, for a person: the disk is full, the file or its
// folder cannot be written, another program holds the file, the disk failed. Names the file and
// says what to do, without SQLite's own words ("the disk holding “a.dateline” is full. Free some
// space and try again"). Nothing for other errors (a refused value, a bug).
std::optional<QString> plainWriteError(const StoreError &error, const QString &path);

// A StoreError whose message is already plainWriteError's.
class PlainWriteError : public StoreError {
public:
    using StoreError::StoreError;
};

// Runs write; a StoreError with one of those causes is thrown again as "<outcome>: <why>." (same
// code), e.g. outcome "Nothing was changed"; any other exception passes unchanged.
template <typename Write>
void withPlainWriteErrors(const QString &path, const QString &outcome, Write &&write)
{
    try {
        write();
    } catch (const PlainWriteError &) {
        throw; // a nested step said it already
    } catch (const StoreError &error) {
        if (const std::optional<QString> why = plainWriteError(error, path))
            throw PlainWriteError(QStringLiteral("%1: %2.").arg(outcome, *why).toStdString(), error.sqliteCode());
        throw;
    }
}

} // namespace dateline::store
