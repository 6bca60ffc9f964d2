#include "core/io/workbook/xmlpart.h"

using namespace Qt::StringLiterals;

namespace dateline::workbook {

XmlPart::XmlPart(const ZipArchive &zip, const QString &name, bool required, QString *error)
{
    if (!zip.contains(name)) {
        if (required)
            *error = u"not a workbook: the part %1 is missing"_s.arg(name);
        return;
    }
    if (std::optional<QByteArray> bytes = zip.read(name, error)) {
        m_bytes = std::move(*bytes);
        m_present = true;
        xml.addData(m_bytes);
    }
}

bool XmlPart::next(QString *error)
{
    if (!m_present || xml.atEnd()) {
        if (xml.hasError() && error->isEmpty())
            *error = u"a part of the workbook is not well-formed XML: %1"_s.arg(xml.errorString());
        return false;
    }
    xml.readNext();
    if (xml.isDTD()) {
        *error = u"a part of the workbook declares a DTD; workbooks have none and it is not read"_s;
        return false;
    }
    if (xml.hasError()) {
        if (error->isEmpty())
            *error = u"a part of the workbook is not well-formed XML: %1"_s.arg(xml.errorString());
        return false;
    }
    return !xml.atEnd() || xml.tokenType() != QXmlStreamReader::Invalid;
}

bool XmlPart::nextStart(QString *error)
{
    while (next(error)) {
        if (xml.isStartElement())
            return true;
    }
    return false;
}

} // namespace dateline::workbook
