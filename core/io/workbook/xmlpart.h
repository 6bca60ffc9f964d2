#pragma once
// Internal to the workbook import: one XML part of a ZIP package, read with DTDs refused (no
// workbook has one; they are how entity-expansion attacks get in).

#include "core/io/workbook/ziparchive.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace dateline::workbook {

class XmlPart {
public:
    // A missing part is an error only when required; present() says whether there is one.
    XmlPart(const ZipArchive &zip, const QString &name, bool required, QString *error);
    bool present() const { return m_present; }
    // The next token; false at the end, on a DTD, or on malformed XML (*error says which).
    bool next(QString *error);
    // Advances to the next start element, as next().
    bool nextStart(QString *error);

    QXmlStreamReader xml;

private:
    QByteArray m_bytes;
    bool m_present = false;
};

} // namespace dateline::workbook
