#include "core/extract/timexscorer.h"

namespace dateline::extract {
namespace {

bool overlaps(const Timex &a, const Timex &b)
{
    return a.start < b.end && b.start < a.end;
}

} // namespace

void TimexScorer::add(const std::vector<Timex> &gold, const std::vector<Timex> &system)
{
    m_gold += int(gold.size());
    m_system += int(system.size());
    for (const Timex &s : system) {
        const Timex *best = nullptr;
        int bestOverlap = 0;
        bool exact = false;
        for (const Timex &g : gold) {
            if (!overlaps(s, g))
                continue;
            exact = exact || (g.start == s.start && g.end == s.end);
            const int overlap = std::min(s.end, g.end) - std::max(s.start, g.start);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = &g;
            }
        }
        m_strictSystem += exact ? 1 : 0;
        if (!best)
            continue;
        ++m_relaxedSystem;
        ++m_matched;
        m_valueCorrect += best->value == s.value ? 1 : 0;
        m_typeCorrect += best->type == s.type ? 1 : 0;
    }
    for (const Timex &g : gold) {
        bool any = false, exact = false;
        for (const Timex &s : system) {
            if (overlaps(s, g)) {
                any = true;
                exact = exact || (g.start == s.start && g.end == s.end);
            }
        }
        m_relaxedGold += any ? 1 : 0;
        m_strictGold += exact ? 1 : 0;
    }
}

TimexScorer::Figures TimexScorer::figures(double correctSystem, double correctGold, int system, int gold)
{
    Figures f;
    f.precision = system ? correctSystem / system : 0;
    f.recall = gold ? correctGold / gold : 0;
    f.f1 = f.precision + f.recall > 0 ? 2 * f.precision * f.recall / (f.precision + f.recall) : 0;
    return f;
}

TimexScorer::Figures TimexScorer::strict() const { return figures(m_strictSystem, m_strictGold, m_system, m_gold); }
TimexScorer::Figures TimexScorer::relaxed() const { return figures(m_relaxedSystem, m_relaxedGold, m_system, m_gold); }

double TimexScorer::valueAccuracy() const { return m_matched ? double(m_valueCorrect) / m_matched : 0; }
double TimexScorer::typeAccuracy() const { return m_matched ? double(m_typeCorrect) / m_matched : 0; }

TimexScorer::Figures TimexScorer::value() const
{
    // Relaxed precision and recall, each scaled by the share of matches with the right value.
    const Figures r = relaxed();
    Figures f{r.precision * valueAccuracy(), r.recall * valueAccuracy(), 0};
    f.f1 = f.precision + f.recall > 0 ? 2 * f.precision * f.recall / (f.precision + f.recall) : 0;
    return f;
}

TimexScorer::Figures TimexScorer::type() const
{
    const Figures r = relaxed();
    Figures f{r.precision * typeAccuracy(), r.recall * typeAccuracy(), 0};
    f.f1 = f.precision + f.recall > 0 ? 2 * f.precision * f.recall / (f.precision + f.recall) : 0;
    return f;
}

} // namespace dateline::extract
