#pragma once
// Test helper: the expressions a tagger found, one "[text|type|value|edtf]" each, for failure messages.
#include "core/extract/timex.h"

#include <QStringList>

#include <vector>

namespace dateline::extract {

inline QString timexListing(const std::vector<Timex> &found)
{
    QStringList parts;
    for (const Timex &x : found)
        parts << QStringLiteral("[%1|%2|%3|%4]").arg(x.text, timexTypeName(x.type), x.value, x.edtf);
    return parts.join(u' ');
}

} // namespace dateline::extract
