#pragma once

#include "core/extract/timex.h"

#include <vector>

namespace dateline::extract {

// TempEval-3 style scores for temporal expression recognition and normalisation:
// strict (same span) and relaxed (overlapping span) precision, recall and F1; type and value
// accuracy over the relaxed matches, and value/type F1 = relaxed F1 x accuracy (the same as
// precision = correct / system, recall = correct / gold). Add documents one by one.
class TimexScorer {
public:
    struct Figures {
        double precision = 0;
        double recall = 0;
        double f1 = 0;
    };

    void add(const std::vector<Timex> &gold, const std::vector<Timex> &system);

    Figures strict() const;
    Figures relaxed() const;
    Figures value() const;
    Figures type() const;
    double valueAccuracy() const;
    double typeAccuracy() const;

    int goldCount() const { return m_gold; }
    int systemCount() const { return m_system; }

private:
    static Figures figures(double correctSystem, double correctGold, int system, int gold);

    int m_gold = 0;
    int m_system = 0;
    int m_strictSystem = 0, m_strictGold = 0;
    int m_relaxedSystem = 0, m_relaxedGold = 0;
    int m_matched = 0;      // system expressions with an overlapping gold one
    int m_valueCorrect = 0; // ... whose value equals that gold expression's
    int m_typeCorrect = 0;
};

} // namespace dateline::extract
