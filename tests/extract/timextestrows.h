#pragma once
// Test helpers shared by the tagger's data-driven tests: one row per expression, with the span the
// tagger must find in the sentence and its type, TIMEX3 value and EDTF.
#include "core/extract/timextagger.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <vector>

namespace dateline::extract {

// The expressions a tagger found, one "[text|type|value|edtf]" each, for failure messages.
inline QString timexListing(const std::vector<Timex> &found)
{
    QStringList parts;
    for (const Timex &x : found)
        parts << QStringLiteral("[%1|%2|%3|%4]").arg(x.text, timexTypeName(x.type), x.value, x.edtf);
    return parts.join(u' ');
}

// In a _data function: the columns, then timexRow() per row.
inline void addTimexColumns()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("edtf"); // empty for durations and sets
}

inline void timexRow(const char *name, const char *sentence, const char *span, const char *type, const char *value,
                     const char *edtf)
{
    QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(span) << QString::fromLatin1(type)
                        << QString::fromLatin1(value) << QString::fromLatin1(edtf);
}

// In the test function, as its only statement: the current row's expression is found at its
// offsets with its type, value and EDTF (a sentence may hold other expressions too).
inline void checkTimexRow(const CivilDate &creationDate)
{
    QFETCH(QString, sentence);
    QFETCH(QString, span);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, edtf);
    const std::vector<Timex> found = TimexTagger(creationDate).tag(sentence);
    const auto hit = std::find_if(found.begin(), found.end(), [&span](const Timex &x) { return x.text == span; });
    QVERIFY2(hit != found.end(), qPrintable(timexListing(found)));
    QCOMPARE(sentence.mid(hit->start, hit->end - hit->start), span);
    QCOMPARE(timexTypeName(hit->type), type);
    QCOMPARE(hit->value, value);
    QCOMPARE(hit->edtf, edtf);
}

} // namespace dateline::extract
