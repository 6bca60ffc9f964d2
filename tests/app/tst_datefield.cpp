// DateField: the EDTF field's live feedback (display text and length, or the parser's error in
// a warning colour) and its rule that only a valid date is ever committed.
#include "app/gui/inspector/datefield.h"
#include "core/io/dateforms.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestDateField : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validDatesShowWhatTheyMean_data();
    void validDatesShowWhatTheyMean();
    void invalidDatesShowTheErrorAndDoNotCommit_data();
    void invalidDatesShowTheErrorAndDoNotCommit();
    void writtenFormsAreSavedAsEdtf_data();
    void writtenFormsAreSavedAsEdtf();
    void unchangedTextDoesNotCommit();
    void escapeReverts();
    void emptiness();
    void durationText_data();
    void durationText();
};

namespace {

// Types text into a fresh field showing start and presses Enter; returns the commits.
QList<FuzzyDate> typeAndEnter(DateField &field, const QString &text)
{
    QSignalSpy spy(&field, &DateField::dateCommitted);
    field.lineEdit()->selectAll();
    QTest::keyClicks(field.lineEdit(), text);
    QTest::keyClick(field.lineEdit(), Qt::Key_Return);
    QList<FuzzyDate> commits;
    for (const QList<QVariant> &args : spy)
        commits.append(args.at(0).value<FuzzyDate>());
    return commits;
}

} // namespace

void TestDateField::validDatesShowWhatTheyMean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("feedback");
    QTest::newRow("span of two days") << u"2008-03-17/2008-03-18"_s << u"17–18 Mar 2008 (2 days)"_s;
    QTest::newRow("day") << u"2008-03-26"_s << u"26 Mar 2008 (1 day)"_s;
    QTest::newRow("month") << u"2008-03"_s << u"Mar 2008 (31 days)"_s;
    QTest::newRow("leap february") << u"2008-02"_s << u"Feb 2008 (29 days)"_s;
    QTest::newRow("year") << u"2008"_s << u"2008 (1 year)"_s;
    QTest::newRow("on or before: no length") << u"[..2008-03-26]"_s << u"before 26 Mar 2008"_s;
    QTest::newRow("BCE") << u"-0099"_s << u"100 BCE (1 year)"_s;
    QTest::newRow("one of two days: no length") << u"[2008-03-17,2008-03-18]"_s << u"17 or 18 Mar 2008"_s;
    QTest::newRow("approximate day: no length") << u"2008-03-17~"_s << u"c. 17 Mar 2008"_s;
    QTest::newRow("span with an approximate end") << u"2008-03-17/2008-03-20~"_s << u"17 Mar 2008 – c. 20 Mar 2008 (4–5 days)"_s;
    QTest::newRow("span from a month") << u"2008-03/2008-04-02"_s << u"Mar 2008 – 2 Apr 2008 (33 days)"_s;
    QTest::newRow("span of days") << u"2008-03-17/2008-04-02"_s << u"17 Mar – 2 Apr 2008 (17 days)"_s;
}

void TestDateField::validDatesShowWhatTheyMean()
{
    QFETCH(QString, text);
    QFETCH(QString, feedback);
    DateField field;
    field.setDate(FuzzyDate::fromEdtf(u"1999"_s));
    const QList<FuzzyDate> commits = typeAndEnter(field, text);
    QCOMPARE(field.feedbackText(), feedback);
    QVERIFY(!field.showsError());
    QCOMPARE(commits.size(), 1);
    QCOMPARE(commits.front(), FuzzyDate::fromEdtf(text));
    QCOMPARE(field.date(), FuzzyDate::fromEdtf(text));
    QVERIFY(!field.isModified());
}

void TestDateField::invalidDatesShowTheErrorAndDoNotCommit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("words"); // the written forms' reason, not EDTF's
    QTest::newRow("no such day") << u"2008-02-30"_s << false;
    QTest::newRow("no such month") << u"2008-13"_s << false;
    QTest::newRow("words") << u"last Tuesday"_s << true;
    QTest::newRow("no such day, written") << u"30 February 2008"_s << true;
    QTest::newRow("end before start") << u"2008-03-17/2008-03-01"_s << false;
    QTest::newRow("unfinished") << u"2008-03-"_s << false; // not "from March 2008" while typing
}

void TestDateField::invalidDatesShowTheErrorAndDoNotCommit()
{
    QFETCH(QString, text);
    QFETCH(bool, words);
    QString parserError;
    QVERIFY(!FuzzyDate::fromEdtf(text, &parserError).isValid());
    if (words)
        QVERIFY(!parseDateForm(text, DayOrder::MonthFirst, &parserError).isValid());
    QVERIFY(!parserError.isEmpty());

    DateField field;
    const FuzzyDate before = FuzzyDate::fromEdtf(u"2008-03-17"_s);
    field.setDate(before);
    QVERIFY(typeAndEnter(field, text).isEmpty());
    QCOMPARE(field.feedbackText(), parserError);
    QVERIFY(field.showsError());
    QVERIFY(!field.isAcceptable());
    QVERIFY(!field.commit());
    QCOMPARE(field.date(), before);
    QCOMPARE(field.lineEdit()->text(), text); // kept to be fixed, not thrown away
    const QLabel *feedback = field.findChild<QLabel *>(u"dateFeedback"_s);
    QVERIFY(feedback);
    QCOMPARE(feedback->textFormat(), Qt::PlainText);
    QVERIFY(feedback->palette().color(QPalette::WindowText) != field.palette().color(QPalette::WindowText));
}

void TestDateField::writtenFormsAreSavedAsEdtf_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<QString>("feedback");
    QTest::newRow("day") << u"en_GB"_s << u"17 March 2008"_s << u"2008-03-17"_s << u"17 Mar 2008 (1 day) · EDTF 2008-03-17"_s;
    QTest::newRow("span") << u"en_GB"_s << u"17–18 Mar 2008"_s << u"2008-03-17/2008-03-18"_s
                          << u"17–18 Mar 2008 (2 days) · EDTF 2008-03-17/2008-03-18"_s;
    QTest::newRow("circa") << u"en_GB"_s << u"c. 1550"_s << u"1550~"_s << u"c. 1550 · EDTF 1550~"_s;
    QTest::newRow("open end") << u"en_GB"_s << u"from Mar 2008"_s << u"2008-03/.."_s << u"from Mar 2008 · EDTF 2008-03/.."_s;
    QTest::newRow("BC") << u"en_GB"_s << u"44 BC"_s << u"-0043"_s << u"44 BCE (1 year) · EDTF -0043"_s;
    // Numeric dates in the locale's order.
    QTest::newRow("day first") << u"en_GB"_s << u"03/04/2008"_s << u"2008-04-03"_s << u"3 Apr 2008 (1 day) · EDTF 2008-04-03"_s;
    QTest::newRow("month first") << u"en_US"_s << u"03/04/2008"_s << u"2008-03-04"_s << u"4 Mar 2008 (1 day) · EDTF 2008-03-04"_s;
}

void TestDateField::writtenFormsAreSavedAsEdtf()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, edtf);
    QFETCH(QString, feedback);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    DateField field;
    field.setDate(FuzzyDate::fromEdtf(u"1999"_s));
    field.lineEdit()->setText(text); // typed, as keyClicks cannot type an en dash
    QCOMPARE(field.feedbackText(), feedback);
    QVERIFY(!field.showsError());
    QSignalSpy commits(&field, &DateField::dateCommitted);
    QTest::keyClick(field.lineEdit(), Qt::Key_Return);
    QLocale::setDefault(before);
    QCOMPARE(commits.size(), 1);
    QCOMPARE(commits.front().at(0).value<FuzzyDate>().toEdtf(), edtf);
    QCOMPARE(field.lineEdit()->text(), edtf); // what is saved, shown as saved
    QVERIFY(!field.isModified());
}

void TestDateField::unchangedTextDoesNotCommit()
{
    DateField field;
    field.setDate(FuzzyDate::fromEdtf(u"2008-03-17/2008-03-18"_s));
    QVERIFY(typeAndEnter(field, u"2008-03-17/2008-03-18"_s).isEmpty());
}

void TestDateField::escapeReverts()
{
    DateField field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    field.lineEdit()->setFocus();
    field.setDate(FuzzyDate::fromEdtf(u"2008-03-26"_s));
    QSignalSpy spy(&field, &DateField::dateCommitted);
    field.lineEdit()->selectAll();
    QTest::keyClicks(field.lineEdit(), u"2008-02-30"_s);
    QVERIFY(field.showsError());
    QTest::keyClick(field.lineEdit(), Qt::Key_Escape);
    QCOMPARE(field.lineEdit()->text(), u"2008-03-26"_s);
    QVERIFY(!field.showsError());
    QCOMPARE(spy.count(), 0);
}

void TestDateField::emptiness()
{
    DateField field;
    field.setDate(FuzzyDate::fromEdtf(u"2008"_s));
    field.lineEdit()->clear();
    QVERIFY(field.isAcceptable());
    QVERIFY(field.commit());
    QVERIFY(!field.date().isValid());

    field.setEmptiness(DateField::Emptiness::Refused);
    field.setDate(FuzzyDate::fromEdtf(u"2008"_s));
    field.lineEdit()->clear();
    QVERIFY(!field.isAcceptable());
    QVERIFY(!field.commit());
    QVERIFY(field.showsError());
}

void TestDateField::durationText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("minutes") << qint64(5 * 60) << u"5 minutes"_s;
    QTest::newRow("one hour") << qint64(3600) << u"1 hour"_s;
    QTest::newRow("one day") << qint64(86400) << u"1 day"_s;
    QTest::newRow("leap year") << qint64(366 * 86400) << u"1 year"_s;
    QTest::newRow("eighteen months") << qint64(547 * 86400) << u"547 days"_s;
    QTest::newRow("a decade") << qint64(3653 * 86400) << u"10 years"_s;
    QTest::newRow("not whole") << qint64(1000 * 86400) << u"about 3 years"_s;
}

void TestDateField::durationText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(DateField::durationText(seconds), text);
}

QTEST_MAIN(TestDateField)
#include "tst_datefield.moc"
