#pragma once

// The rows of the lane Layout is placing (layout.cpp only): the x extents taken in each.
#include "core/render/layout.h"

#include <algorithm>
#include <vector>

namespace dateline {

// What a row keeps between neighbours, so markers and bars do not run into each other.
inline constexpr double kRowGap = 3;

struct Layout::LaneRows {
    struct Extent {
        double left = 0;
        double right = 0;
        bool bar = false;
        double labelRight = 0; // where a label after it would like to reach
    };
    // Where a shape went: its row (-1: none free), and whether it is a bar that starts where a
    // bar of the row ends, or ends where one starts (it then leaves a seam: layout.cpp).
    struct Place {
        int row = -1;
        bool touchesLeft = false;
        bool touchesRight = false;
    };

    std::vector<std::vector<Extent>> items; // per row: disjoint, sorted
    int first = 0; // a folded lane's band takes row 0
    int usable = 0; // rows from `usable` on are held back (for a lane's "+N more")

    explicit LaneRows(int rows)
        : items(std::size_t(rows)), usable(rows)
    {
    }

    int count() const { return usable; }
    void reset(int firstRow, int heldBack = 0)
    {
        for (auto &row : items)
            row.clear();
        first = firstRow;
        usable = int(items.size()) - heldBack;
    }

    // Dates are end-exclusive: a day's bar ends where the next day's starts, and the two do not
    // overlap, so they may share a row with no gap (at an hour's zoom a gap would push every
    // next-day bar out of the rows). Anything else keeps the gap.
    static bool touching(const Extent &a, const Extent &b) { return a.bar && b.bar && a.right == b.left; }
    static bool fitsBefore(const Extent &a, const Extent &b) { return a.right + kRowGap <= b.left || touching(a, b); }

    // Shapes in time order: the first row whose last extent ends before this one, taken; rather
    // one where the last extent's label would have labelRoom before this one, when a row has it
    // (a run of year-long bars, each in the row after its predecessor's, showed no label at all).
    Place takeAfterLast(double left, double right, bool bar, double labelRoom = 0)
    {
        const Extent e{left, right, bar, right + labelRoom};
        for (int r = first; labelRoom > 0 && r < count(); ++r) {
            auto &row = items[std::size_t(r)];
            if (row.empty() || row.back().labelRight + kRowGap <= left) {
                row.push_back(e);
                return {r, false, false};
            }
        }
        for (int r = first; r < count(); ++r) {
            auto &row = items[std::size_t(r)];
            if (row.empty() || fitsBefore(row.back(), e)) {
                const bool touches = !row.empty() && touching(row.back(), e);
                row.push_back(e);
                return {r, touches, false};
            }
        }
        return {};
    }
    // Long bars, after the rest: the first row with room for [left, right], taken.
    Place takeGap(double left, double right)
    {
        const Extent e{left, right, true, right};
        for (int r = first; r < count(); ++r) {
            auto &row = items[std::size_t(r)];
            // the first extent not clearly before e; one that ends exactly where e starts may still be
            auto it = std::lower_bound(row.begin(), row.end(), left - kRowGap,
                                       [](const Extent &i, double v) { return i.right <= v; });
            const bool touchesLeft = it != row.end() && touching(*it, e);
            if (touchesLeft)
                ++it;
            if (it == row.end() || fitsBefore(e, *it)) {
                const bool touchesRight = it != row.end() && touching(e, *it);
                row.insert(it, e);
                return {r, touchesLeft, touchesRight};
            }
        }
        return {};
    }
};

} // namespace dateline
