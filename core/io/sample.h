#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace dateline {

class Document;

// The bundled sample timeline (resources/sample/moscow-2008.json, compiled into dateline_core):
// the March 2008 US–Russia "2+2" meeting in Moscow and what followed, in native JSON.
QByteArray sampleTimelineJson();
inline constexpr QLatin1StringView kSampleResourcePath{":/dateline/sample/moscow-2008.json"};

// Creates a new .dateline document at path (it must not exist) holding the sample. On failure
// returns null, says why in errorMessage and leaves no file behind.
std::unique_ptr<Document> createSampleDocument(const QString &path, QString *errorMessage);

} // namespace dateline
