#include "core/extract/timextagger.h"

#include "core/extract/timexrules.h"
#include "core/extract/timexvalue.h"
#include "core/extract/token.h"

#include <QRegularExpression>

namespace dateline::extract {

TimexTagger::TimexTagger(const CivilDate &creationDate)
    : m_dct(creationDate)
{
}

std::vector<Timex> TimexTagger::tag(const QString &text) const
{
    return tag(text, tokenize(text));
}

std::vector<Timex> TimexTagger::tag(const QString &text, const std::vector<Token> &tokens) const
{
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
        if (!result.empty())
            alignCountedDate(text, result.back(), x, dct);
        result.push_back(std::move(x));
        i = m.end;
    }
    return result;
}

void TimexTagger::alignCountedDate(const QString &text, Timex &counted, const Timex &named, std::int64_t dct)
{
    // "three years later, on 6 October 1981": a count of units from the story's last date, set off
    // before the date it stands for, is that date at its own precision (counts are rounded: the
    // assassination came three and a half years after the accords)
    static const QRegularExpression count(QStringLiteral("\\b(?:later|earlier|afterwards|before)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression setOff(QStringLiteral("^\\s*,\\s*(?:on|in)?\\s*$"));
    static const QRegularExpression yearWritten(QStringLiteral("\\b\\d{4}\\b"));
    if (counted.type != Timex::Type::Date || named.type != Timex::Type::Date || !count.match(counted.text).hasMatch()
        || !setOff.match(QStringView(text).mid(counted.end, named.start - counted.end)).hasMatch()
        || !yearWritten.match(named.text).hasMatch())
        return;
    const qsizetype precision = counted.value.size(); // 1981, 1981-10, 1981-10-06
    if ((precision != 4 && precision != 7 && precision != 10) || named.value.size() < precision || !counted.value.at(0).isDigit())
        return;
    counted.value = named.value.left(precision);
    counted.edtf = timexvalue::toEdtf(counted.value, counted.mod, dct);
}

} // namespace dateline::extract
