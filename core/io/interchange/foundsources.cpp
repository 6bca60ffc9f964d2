#include "core/io/interchange/foundsources.h"

namespace dateline {

SourceId FoundSources::add(const QString &title, const QString &author, const QString &url)
{
    if (title.isEmpty() && author.isEmpty() && url.isEmpty())
        return SourceId();
    const QString key = title + u'\x1f' + author + u'\x1f' + url;
    if (const auto found = m_ids.constFind(key); found != m_ids.cend())
        return *found;
    Source s;
    s.id = SourceId(qint64(m_content.sources.size()) + 1);
    s.title = title;
    s.author = author;
    s.url = url;
    m_content.sources.push_back(s);
    m_ids.insert(key, s.id);
    return s.id;
}

void FoundSources::addLinks(const std::vector<HtmlLink> &links)
{
    for (const HtmlLink &link : links)
        add(link.text, QString(), link.url);
}

} // namespace dateline
