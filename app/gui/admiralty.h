#pragma once

#include <QChar>
#include <QString>

namespace dateline::admiralty {

// NATO Admiralty code wording, shown next to grades so analysts need not remember the scale.
QString reliabilityName(QChar grade); // 'B' -> "usually reliable"
QString credibilityName(int level);   // 2 -> "probably true"
QString reliabilityScale();           // the whole A–F scale, one grade a line (tooltips)
QString credibilityScale();           // the whole 1–6 scale

} // namespace dateline::admiralty
