#pragma once

#include <QString>

#include <cstdint>

namespace dateline::extract {

// A temporal expression found in text. start/end are offsets into the text as given (UTF-16
// QString positions inside core/extract; the CLI and the JSON writer convert them to code points),
// end exclusive. value is the TIMEX3 value ("2008-03-17", "2008-W11", "P2Y", "PAST_REF",
// "XXXX-WXX-1"); edtf the same as an EDTF date or interval when the expression names a date
// ("2008-03-17/2008-03-18" for "March 17-18"; empty for durations and sets).
struct Timex {
    enum class Type : std::uint8_t { Date, Time, Duration, Set };
    int start = 0;
    int end = 0;
    QString text;
    Type type = Type::Date;
    QString value;
    QString edtf;
    QString mod; // TIMEX3 mod: "START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN"...
};

QString timexTypeName(Timex::Type type); // "DATE", "TIME", "DURATION", "SET"
Timex::Type timexTypeFromName(QStringView name, bool *ok = nullptr);

} // namespace dateline::extract
