#include "core/io/datewords.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace dateline::datewords {
namespace {

const QLocale::Language kLanguages[] = {QLocale::French,     QLocale::German, QLocale::Spanish, QLocale::Italian,
                                        QLocale::Portuguese, QLocale::Dutch,  QLocale::Russian};

// lower case, accents dropped, a trailing full stop too ("févr." -> "fevr")
QString key(QString word)
{
    word = word.toLower().normalized(QString::NormalizationForm_D);
    word.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    while (word.endsWith(u'.'))
        word.chop(1);
    return word;
}

// name -> number; a name two numbers share (none today) is left out rather than guessed
QHash<QString, int> table(bool months)
{
    QHash<QString, int> names;
    QSet<QString> clashing;
    const auto add = [&](const QString &name, int n) {
        const QString k = key(name);
        if (k.isEmpty() || k.contains(u'-') || clashing.contains(k))
            return; // (Portuguese weekdays: "segunda-feira")
        if (const auto it = names.constFind(k); it != names.constEnd() && it.value() != n) {
            names.remove(k);
            clashing.insert(k);
            return;
        }
        names.insert(k, n);
    };
    for (const QLocale::Language language : kLanguages) {
        const QLocale locale(language);
        if (months) {
            for (int m = 1; m <= 12; ++m)
                for (const QLocale::FormatType format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                    add(locale.monthName(m, format), m);
                    add(locale.standaloneMonthName(m, format), m);
                }
        } else {
            for (int d = 1; d <= 7; ++d)
                add(locale.dayName(d, QLocale::LongFormat), d);
        }
    }
    return names;
}

} // namespace

int foreignMonth(const QString &word)
{
    static const QHash<QString, int> months = table(true);
    return months.value(key(word));
}

int foreignWeekday(const QString &word)
{
    static const QHash<QString, int> days = table(false);
    return days.value(key(word));
}

bool isFiller(const QString &lowerWord)
{
    return lowerWord == u"of" || lowerWord == u"de" || lowerWord == u"del" || lowerWord == u"le" || lowerWord == u"am";
}

bool isOrdinalEnding(const QString &lowerWord)
{
    return lowerWord == u"st" || lowerWord == u"nd" || lowerWord == u"rd" || lowerWord == u"th" || lowerWord == u"er"
        || lowerWord == u"º" || lowerWord == u"ª";
}

} // namespace dateline::datewords
