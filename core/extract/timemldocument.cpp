#include "core/extract/timemldocument.h"

#include <QFile>
#include <QXmlStreamReader>

namespace dateline::extract {

bool TimemlDocument::read(const QString &path, TimemlDocument &doc, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + f.errorString();
        return false;
    }
    QString message;
    if (!parse(f.readAll(), doc, &message)) {
        if (error)
            *error = path + u':' + message;
        return false;
    }
    return true;
}

bool TimemlDocument::parse(const QByteArray &xml, TimemlDocument &doc, QString *error)
{
    doc = {};
    QXmlStreamReader r(xml);
    bool inText = false, inDct = false, inDocId = false;
    int timexStart = -1;
    Timex current;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = r.name();
            if (name == u"TEXT")
                inText = true;
            else if (name == u"DCT")
                inDct = true;
            else if (name == u"DOCID")
                inDocId = true;
            else if (name == u"TIMEX3") {
                const auto attrs = r.attributes();
                if (inDct && doc.dct.isEmpty())
                    doc.dct = attrs.value(QLatin1String("value")).toString();
                if (inText) {
                    if (timexStart >= 0) {
                        if (error)
                            *error = QStringLiteral("%1: nested TIMEX3").arg(r.lineNumber());
                        return false;
                    }
                    timexStart = int(doc.text.size());
                    current = {};
                    bool ok = true;
                    current.type = timexTypeFromName(attrs.value(QLatin1String("type")), &ok);
                    if (!ok) {
                        if (error)
                            *error = QStringLiteral("%1: unknown TIMEX3 type \"%2\"")
                                         .arg(r.lineNumber())
                                         .arg(attrs.value(QLatin1String("type")).toString());
                        return false;
                    }
                    current.value = attrs.value(QLatin1String("value")).toString();
                    current.mod = attrs.value(QLatin1String("mod")).toString();
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const auto name = r.name();
            if (name == u"TEXT")
                inText = false;
            else if (name == u"DCT")
                inDct = false;
            else if (name == u"DOCID")
                inDocId = false;
            else if (name == u"TIMEX3" && inText && timexStart >= 0) {
                current.start = timexStart;
                current.end = int(doc.text.size());
                current.text = doc.text.mid(current.start, current.end - current.start);
                if (current.end > current.start) // empty TIMEX3s anchor others; they are not in the text
                    doc.timexes.push_back(current);
                timexStart = -1;
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (inText)
                doc.text += r.text();
            else if (inDocId)
                doc.id += r.text().trimmed();
        }
    }
    if (r.hasError()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(r.lineNumber()).arg(r.errorString());
        return false;
    }
    if (doc.dct.size() < 10) {
        if (error)
            *error = QStringLiteral("1: no document creation time (DCT)");
        return false;
    }
    return true;
}

} // namespace dateline::extract
