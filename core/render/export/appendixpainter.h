#pragma once

#include "core/render/export/exportplan.h"

#include <utility>
#include <vector>

class QPainter;

namespace dateline {

// The "Quotes and sources" pages at the end of a PDF or a print: every numbered quote with its
// speaker, the event, the verbatim text, the citation, the source's reliability (A–F) and the
// quote's credibility (1–6). Paginates by measuring the wrapped text.
class AppendixPainter {
public:
    using PageRange = std::pair<int, int>; // [first, last) note indexes

    static std::vector<PageRange> paginate(const ExportPlan &plan);
    static void paint(QPainter &p, const ExportPlan &plan, PageRange range, int page, int pageCount);

private:
    static double blockHeight(const ExportPlan &plan, const QuoteNote &note);
    static double paintBlock(QPainter &p, const ExportPlan &plan, const QuoteNote &note, double y);
};

} // namespace dateline
