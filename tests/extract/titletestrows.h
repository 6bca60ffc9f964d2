#pragma once
// Test helper shared by the proposal title tests: the title of a text's one dated proposal.
#include "core/extract/articleextractor.h"

#include <QTest>

namespace dateline::extract {

// The text, written on 28 March 2008, proposes one event dated by an expression, with this title
// (an undated lead before it proposes one of its own: tst_articlelead.cpp).
inline void compareDatedTitle(const QString &text, const QString &title)
{
    Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    std::erase_if(x.events, [](const ProposedEvent &e) { return e.timex < 0; });
    QCOMPARE(x.events.size(), size_t(1));
    QCOMPARE(x.events[0].title, title);
}

} // namespace dateline::extract
