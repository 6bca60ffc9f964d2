#pragma once

#include <QString>
#include <QStringView>

namespace dateline::cameo {

// CAMEO quad classes (as in GDELT's QuadClass column).
enum class QuadClass : std::uint8_t { None = 0, VerbalCooperation = 1, MaterialCooperation = 2,
                                      VerbalConflict = 3, MaterialConflict = 4 };

int rootCode(QStringView eventCode);        // "0421" -> 4, "190" -> 19; 0 when not a CAMEO code
QuadClass quadClass(QStringView eventCode); // from the root: 01-05, 06-08, 09-13, 14-20
QString rootName(int root);                 // 4 -> "Consult"; empty when out of range
QString quadClassName(QuadClass quad);

} // namespace dateline::cameo
