#pragma once

#include "core/date/calendar.h"

#include <QString>

#include <optional>

namespace dateline::extract {

// What a web page says about itself, for the source an article's events cite: Open Graph and
// article meta tags (og:title, og:site_name, og:url, article:published_time, author…), the
// canonical link and the <title>. Empty fields when the page does not say; plain text has none.
struct ArticleMetadata {
    QString title;
    QString publication;
    QString url;
    QString author;
    std::optional<CivilDate> published;

    static ArticleMetadata fromHtml(const QString &html);
};

} // namespace dateline::extract
