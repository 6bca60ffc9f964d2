// Holidays of the lunisolar calendars against the dates they were (or will be) kept on: the Hebrew
// calendar's arithmetic, Orthodox Easter, and the Lunar New Year and Diwali from the computed new moon (the new moons
// of 2027 and 2030 fall within minutes of midnight in Beijing).
#include "core/extract/holidays.h"
#include "core/extract/timexvalue.h"

#include <QTest>

using namespace dateline::extract;

class TestHolidayCalendars : public QObject {
    Q_OBJECT
private slots:
    void firstDays_data();
    void firstDays();
};

void TestHolidayCalendars::firstDays_data()
{
    QTest::addColumn<QString>("name"); // lower-case words
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("day");
    const auto row = [](const char *name, int year, const char *day) {
        QTest::addRow("%s %d", name, year) << QString::fromLatin1(name) << year << QString::fromLatin1(day);
    };
    for (const auto &[year, day] : {std::pair{2019, "2019-09-30"}, {2020, "2020-09-19"}, {2021, "2021-09-07"}, {2022, "2022-09-26"},
                                    {2023, "2023-09-16"}, {2024, "2024-10-03"}, {2025, "2025-09-23"}})
        row("rosh hashanah", year, day);
    for (const auto &[year, day] : {std::pair{2020, "2020-04-09"}, {2021, "2021-03-28"}, {2022, "2022-04-16"}, {2023, "2023-04-06"},
                                    {2024, "2024-04-23"}, {2025, "2025-04-13"}})
        row("passover", year, day);
    row("yom kippur", 2023, "2023-09-25");
    row("purim", 2025, "2025-03-14");
    row("hanukkah", 2023, "2023-12-08"); // a regular year
    row("hanukkah", 2025, "2025-12-15");
    for (const auto &[year, day] : {std::pair{2019, "2019-02-05"}, {2020, "2020-01-25"}, {2021, "2021-02-12"}, {2022, "2022-02-01"},
                                    {2023, "2023-01-22"}, {2024, "2024-02-10"}, {2025, "2025-01-29"}, {2026, "2026-02-17"},
                                    {2027, "2027-02-06"}, {2028, "2028-01-26"}, {2029, "2029-02-13"}, {2030, "2030-02-03"}})
        row("lunar new year", year, day);
    for (const auto &[year, day] : {std::pair{2023, "2023-04-16"}, {2024, "2024-05-05"}, {2025, "2025-04-20"}})
        row("orthodox easter", year, day);
    for (const auto &[year, day] : {std::pair{2022, "2022-10-24"}, {2023, "2023-11-12"}, {2025, "2025-10-20"}, {2026, "2026-11-08"}})
        row("diwali", year, day);
}

void TestHolidayCalendars::firstDays()
{
    QFETCH(QString, name);
    QFETCH(int, year);
    QFETCH(QString, day);
    QStringList words = name.split(u' ');
    while (words.size() < 4)
        words << QString();
    int id = -1;
    QCOMPARE(holidays::match(words.data(), int(name.count(u' ') + 1), id), int(name.count(u' ') + 1));
    QCOMPARE(timexvalue::day(holidays::day(id, year)), day);
}

QTEST_GUILESS_MAIN(TestHolidayCalendars)
#include "tst_holidaycalendars.moc"
