#include "core/extract/timextagger.h"

#include "core/extract/timexrules.h"
#include "core/extract/timexvalue.h"
#include "core/extract/token.h"

namespace dateline::extract {

TimexTagger::TimexTagger(const CivilDate &creationDate)
    : m_dct(creationDate)
{
}

std::vector<Timex> TimexTagger::tag(const QString &text) const
{
    const std::vector<Token> tokens = tokenize(text);
    const std::int64_t dct = calendar::daysFromCivil(m_dct);
    TimexRules rules(tokens, dct, timexvalue::numericDatesDayFirst(text));
    std::vector<Timex> result;
    const int n = int(tokens.size());
    for (int i = 0; i < n;) {
        const TimexRules::Match m = rules.matchAt(i);
        if (m.end <= i) {
            ++i;
            continue;
        }
        Timex x;
        x.start = tokens[size_t(i)].begin;
        x.end = tokens[size_t(m.end - 1)].end;
        x.text = text.mid(x.start, x.end - x.start);
        x.type = m.type;
        x.value = m.value;
        x.mod = m.mod;
        if (m.type == Timex::Type::Date || m.type == Timex::Type::Time)
            x.edtf = m.edtf.isEmpty() ? timexvalue::toEdtf(m.value, m.mod, dct) : m.edtf;
        rules.accept(m, i);
        result.push_back(std::move(x));
        i = m.end;
    }
    return result;
}

} // namespace dateline::extract
