#include "core/model/cameo.h"

#include <array>

namespace dateline::cameo {

int rootCode(QStringView code)
{
    if (code.size() < 2 || !code[0].isDigit() || !code[1].isDigit())
        return 0;
    for (QChar c : code) {
        if (!c.isDigit())
            return 0;
    }
    const int root = code[0].digitValue() * 10 + code[1].digitValue();
    return root >= 1 && root <= 20 ? root : 0;
}

QuadClass quadClass(QStringView code)
{
    const int root = rootCode(code);
    if (root == 0)
        return QuadClass::None;
    if (root <= 5)
        return QuadClass::VerbalCooperation;
    if (root <= 8)
        return QuadClass::MaterialCooperation;
    if (root <= 13)
        return QuadClass::VerbalConflict;
    return QuadClass::MaterialConflict;
}

QString rootName(int root)
{
    // The twenty CAMEO root categories, in our own short wording.
    static constexpr std::array<const char *, 20> kNames = {
        "Public statement", "Appeal", "Express intent to cooperate", "Consult",
        "Diplomatic cooperation", "Material cooperation", "Provide aid", "Yield",
        "Investigate", "Demand", "Disapprove", "Reject", "Threaten", "Protest",
        "Military posture", "Reduce relations", "Coerce", "Assault", "Fight",
        "Mass violence"};
    return root >= 1 && root <= 20 ? QString::fromLatin1(kNames[size_t(root - 1)]) : QString();
}

QString quadClassName(QuadClass quad)
{
    switch (quad) {
    case QuadClass::VerbalCooperation: return QStringLiteral("Verbal cooperation");
    case QuadClass::MaterialCooperation: return QStringLiteral("Material cooperation");
    case QuadClass::VerbalConflict: return QStringLiteral("Verbal conflict");
    case QuadClass::MaterialConflict: return QStringLiteral("Material conflict");
    case QuadClass::None: break;
    }
    return QStringLiteral("Unclassified");
}

} // namespace dateline::cameo
