#pragma once

#include <QString>

#include <cstdint>

namespace dateline {

// What the search dock says about how many events match. Document::search counts for a few
// milliseconds at most, so on a large document a common word gets a lower bound that depends on
// how busy the machine was: "threatens" on a million events gave 5,312, then 1,984, 7,168. Shown
// as such, the same question seemed to get ever other answers. So a lower bound is shown rounded
// down to two significant digits ("more than 5,300": no precision it lacks, and still true), and
// never below one already shown for the same words until the document changes (forget()).
class SearchCount {
public:
    struct Shown {
        std::int64_t total = 0;
        bool isLowerBound = false;
        friend bool operator==(const Shown &, const Shown &) = default;
    };

    // The count to show for a search of `text` that counted `total` (at least, when lowerBound).
    Shown show(const QString &text, std::int64_t total, bool lowerBound);
    // The document was edited or another opened: what was counted before says nothing now.
    void forget();

    // n rounded down to two significant digits (5,312 → 5,300; 87 stays 87).
    static std::int64_t roundedDown(std::int64_t n);

private:
    QString m_text;
    std::int64_t m_largestBound = 0; // the largest lower bound counted for m_text
};

} // namespace dateline
