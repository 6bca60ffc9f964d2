#pragma once

#include "core/date/fuzzydate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dateline::fieldchecks {

// Why an EDTF field cannot be stored ("Issued: there is no month 13 …"); empty when it can.
// An empty field is fine unless required.
enum class Required : std::uint8_t { No, Yes };
QString dateProblem(const QString &field, const QString &text, Required required);
FuzzyDate date(const QString &text); // invalid (no date) for empty or bad text

// A decimal coordinate in [-limit, limit], "." as the decimal point (a comma is accepted too).
// Empty text is no value; problem gets a message when the text is not a number in range.
std::optional<double> coordinate(const QString &text, double limit, QString *problem);
QString coordinateText(std::optional<double> value);

} // namespace dateline::fieldchecks
