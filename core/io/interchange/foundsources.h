#pragma once

#include "core/io/interchange/htmltext.h"
#include "core/io/nativejsonreader.h"

#include <QHash>
#include <QString>

#include <vector>

namespace dateline {

// The sources an importer finds on its way (link addresses in HTML, media, URL fields), added to
// the content it builds. The same title, author and address again is the same source: a link
// repeated in every event of a calendar is one source, not one per event.
class FoundSources {
public:
    explicit FoundSources(NativeJsonContent &content) : m_content(content) {}

    // The source's id; invalid when title, author and url are all empty.
    SourceId add(const QString &title, const QString &author, const QString &url);
    // Each link of an HTML text, titled after its words.
    void addLinks(const std::vector<HtmlLink> &links);

private:
    NativeJsonContent &m_content;
    QHash<QString, SourceId> m_ids; // title, author and url joined by a unit separator
};

} // namespace dateline
