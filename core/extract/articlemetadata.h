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
    // The day the text's own head gives: a wire dateline ("GENEVA, Nov 14 (Reuters) -"), or a line
    // of its own near the top ("Published 6 March 2023", "March 6, 2023 5:02 PM"). A day without a
    // year is taken in the latest year that puts it on or before notAfter (when the file was saved).
    static std::optional<CivilDate> publishedInText(const QString &plainText, CivilDate notAfter);
    // The author a byline near the top names: "By Jane Roe and John Doe | March 3", "Pippa Crerar,
    // Political editor · Thu 10 Jul 2025" (the names, without the role or agency); empty when none.
    static QString authorInText(const QString &plainText);
    // A title for a text with no other: its first line without a wire dateline ("GENEVA, Nov 14
    // (Reuters) -"); of a long first paragraph, its first sentence.
    static QString headingInText(const QString &plainText);
};

} // namespace dateline::extract
