// dateline-cli add-event, history, undo and redo on real files, through the real binary.
#include "clirun.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using Run = dateline::test::CliRun;
using namespace Qt::StringLiterals;

namespace {

Run cli(const QStringList &args)
{
    return dateline::test::runCli(args);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The history lines (without the trailing note lines in parentheses).
QStringList historyLines(const QString &file)
{
    const Run run = cli({u"history"_s, file});
    if (run.exitCode != 0)
        return {u"history failed: "_s + run.err};
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf([](const QString &l) { return l.startsWith(u'('); });
    return lines;
}

int eventCount(const QString &file)
{
    const Run run = cli({u"info"_s, file});
    static const QRegularExpression events(u"events:\\s+(\\d+)"_s);
    const auto match = events.match(run.out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestCliEdit : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_file = m_dir->filePath(u"edit.dateline"_s);
        const Run run = cli({u"new"_s, m_file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void addEventThenHistory()
    {
        const Run add = cli({u"add-event"_s, m_file, u"--title"_s, u"2+2 meeting"_s, u"--date"_s,
                             u"2008-03-17/2008-03-18"_s, u"--actor"_s, u"Rice"_s, u"--actor"_s, u"Lavrov"_s,
                             u"--quote"_s, u"We have agreed on a strategic framework."_s, u"--speaker"_s, u"Lavrov"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QVERIFY2(add.out.contains(u"17–18 Mar 2008"_s), qPrintable(add.out));

        const QStringList lines = historyLines(m_file);
        QCOMPARE(lines.size(), 1); // actors, event and quote: one step
        const QStringList fields = lines.first().split(u'\t');
        QCOMPARE(fields.size(), 3);
        QVERIFY(fields.at(0).toLongLong() > 0);
        QVERIFY2(QDateTime::fromString(fields.at(1), u"yyyy-MM-dd HH:mm:ss"_s).isValid(), qPrintable(fields.at(1)));
        QCOMPARE(fields.at(2), u"Add event “2+2 meeting”"_s);

        const Run list = cli({u"list"_s, m_file});
        QVERIFY2(list.out.contains(u"2+2 meeting"_s), qPrintable(list.out));
        QVERIFY2(list.out.contains(u"Rice"_s) && list.out.contains(u"Lavrov"_s), qPrintable(list.out));
        const Run info = cli({u"info"_s, m_file});
        QVERIFY2(info.out.contains(QRegularExpression(u"actors:\\s+2\\b"_s)), qPrintable(info.out)); // Lavrov once
        QVERIFY2(info.out.contains(QRegularExpression(u"quotes:\\s+1\\b"_s)), qPrintable(info.out));
    }

    void existingActorsAreReused()
    {
        QCOMPARE(cli({u"add-event"_s, m_file, u"--title"_s, u"A"_s, u"--date"_s, u"2008-03-17"_s, u"--actor"_s, u"Rice"_s}).exitCode, 0);
        QCOMPARE(cli({u"add-event"_s, m_file, u"--title"_s, u"B"_s, u"--date"_s, u"2008-03-18"_s, u"--actor"_s, u"rice"_s}).exitCode, 0);
        const Run info = cli({u"info"_s, m_file});
        QVERIFY2(info.out.contains(QRegularExpression(u"actors:\\s+1\\b"_s)), qPrintable(info.out));
        QCOMPARE(historyLines(m_file).size(), 2);
        QVERIFY(historyLines(m_file).first().endsWith(u"Add event “B”"_s)); // newest first
    }

    // A date written out is read as the app's date field reads it; numbers alone must be EDTF.
    void writtenDates()
    {
        const Run add = cli({u"add-event"_s, m_file, u"--title"_s, u"Talks"_s, u"--date"_s, u"17 March 2008"_s});
        QCOMPARE(add.exitCode, 0);
        QVERIFY2(add.out.contains(u"(17 Mar 2008)"_s), qPrintable(add.out));
        QCOMPARE(cli({u"add-event"_s, m_file, u"--title"_s, u"Summit"_s, u"--date"_s, u"03/04/2008"_s}).exitCode, 2);
        const Run impossible = cli({u"add-event"_s, m_file, u"--title"_s, u"x"_s, u"--date"_s, u"31 February 2008"_s});
        QCOMPARE(impossible.exitCode, 2);
        QVERIFY2(impossible.err.contains(u"February 2008 has no day 31"_s), qPrintable(impossible.err));
    }

    // Text from a document reaches the terminal without its control characters: an escape
    // sequence in a title (written by another tool, or before imports cleaned them) must not
    // drive the terminal. Tab, line feed and ordinary Unicode stay.
    void controlCharactersNeverReachTheTerminal()
    {
        const QString title = u"bell\u0007 esc\u001b[31m red \u009b2J Z\u00fcrich \u00a0end"_s;
        const Run add = cli({u"add-event"_s, m_file, u"--title"_s, title, u"--date"_s, u"2008-03-17"_s});
        QCOMPARE(add.exitCode, 0);
        for (const QString &command : {u"list"_s, u"history"_s}) {
            const Run run = cli({command, m_file});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(u"bell esc[31m red 2J Z\u00fcrich"_s), qPrintable(run.out));
            for (const QChar c : run.out)
                QVERIFY2(c == u'\n' || c == u'\t' || !(c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() < 0xA0)),
                         qPrintable(u"U+%1 in %2"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')).arg(command)));
        }
    }

    // An override a title or an actor label leaves open ends with it: unclosed, a U+202E in the
    // title reversed the actors printed after it wherever the output is shown bidi-aware.
    void listClosesOverrides()
    {
        const QString title = u"Talks \u202Eevil"_s;
        const QString actor = u"\u2067Lavrov"_s;
        const Run add = cli({u"add-event"_s, m_file, u"--title"_s, title, u"--date"_s, u"2008-03-17"_s,
                             u"--actor"_s, actor, u"--actor"_s, u"Rice"_s});
        QCOMPARE(add.exitCode, 0);
        const Run list = cli({u"list"_s, m_file});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(u"Talks \u202Eevil\u202C  (\u2067Lavrov\u2069, Rice)\n"_s), qPrintable(list.out));
    }

    // info's title line is one line, its override closed: a line break in the document's title
    // printed a line that is not a "key: value" line.
    void infoTitleIsOneLine()
    {
        const QString json = m_dir->filePath(u"title.json"_s);
        QVERIFY(writeFile(json, R"({"format": "dateline", "version": 1, "title": "Talks\nin \u202ESochi"})"));
        const QString doc = m_dir->filePath(u"title.dateline"_s);
        QCOMPARE(cli({u"import-json"_s, json, doc}).exitCode, 0);
        const Run info = cli({u"info"_s, doc});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(u"title:          Talks in \u202ESochi\u202C\n"_s), qPrintable(info.out));
    }

    // `list` shows dated events only; it says how many it left out instead of a short count.
    void listSaysWhatItLeavesOut()
    {
        const QString csv = m_dir->filePath(u"in.csv"_s);
        QVERIFY(writeFile(csv, "title,date\nDated,2008-03-17\nUndated one,\nUndated two,\n"));
        QCOMPARE(cli({u"import"_s, csv, m_file}).exitCode, 0);
        const Run list = cli({u"list"_s, m_file});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count(u'\n'), 1);
        QVERIFY2(list.err.contains(u"(2 events without a date are not listed)"_s), qPrintable(list.err));
        const Run range = cli({u"list"_s, m_file, u"--from"_s, u"2008"_s});
        QVERIFY(range.err.isEmpty()); // a range says nothing of undated events
    }

    void undoRedoAcrossRuns()
    {
        QCOMPARE(cli({u"add-event"_s, m_file, u"--title"_s, u"Sochi summit"_s, u"--date"_s, u"2008-04-06"_s}).exitCode, 0);
        QCOMPARE(eventCount(m_file), 1);

        // Every run reopens the file: undo works after reopening.
        const Run undo = cli({u"undo"_s, m_file});
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        QCOMPARE(undo.out.trimmed(), u"undone: Add event “Sochi summit”"_s);
        QCOMPARE(eventCount(m_file), 0);
        QVERIFY(historyLines(m_file).first().endsWith(u"\t(undone)"_s));

        const Run again = cli({u"undo"_s, m_file});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"nothing to undo"_s), qPrintable(again.err));

        const Run redo = cli({u"redo"_s, m_file});
        QVERIFY2(redo.exitCode == 0, qPrintable(redo.err));
        QCOMPARE(redo.out.trimmed(), u"redone: Add event “Sochi summit”"_s);
        QCOMPARE(eventCount(m_file), 1);
        QVERIFY(!historyLines(m_file).first().contains(u"(undone)"_s));
        QCOMPARE(cli({u"redo"_s, m_file}).exitCode, 1);
    }

    void historyLimit()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cli({u"add-event"_s, m_file, u"--title"_s, u"E%1"_s.arg(i), u"--date"_s, u"2008"_s}).exitCode, 0);
        const Run run = cli({u"history"_s, m_file, u"--limit"_s, u"2"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).endsWith(u"“E2”"_s));
        QVERIFY(lines.at(1).endsWith(u"“E1”"_s));
        QCOMPARE(lines.at(2), u"(1 older steps not shown)"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        const QString f = u"FILE"_s;
        QTest::newRow("bad date") << QStringList{u"add-event"_s, f, u"--title"_s, u"x"_s, u"--date"_s, u"2008-02-30"_s} << 2 << u"2008-02-30"_s;
        QTest::newRow("no date") << QStringList{u"add-event"_s, f, u"--title"_s, u"x"_s} << 2 << u"--date is required"_s;
        QTest::newRow("no title") << QStringList{u"add-event"_s, f, u"--date"_s, u"2008"_s} << 2 << u"--title is required"_s;
        QTest::newRow("empty actor") << QStringList{u"add-event"_s, f, u"--title"_s, u"x"_s, u"--date"_s, u"2008"_s, u"--actor"_s, u" "_s} << 2 << u"label is empty"_s;
        QTest::newRow("speaker alone") << QStringList{u"add-event"_s, f, u"--title"_s, u"x"_s, u"--date"_s, u"2008"_s, u"--speaker"_s, u"Rice"_s} << 2 << u"--speaker needs --quote"_s;
        QTest::newRow("missing file") << QStringList{u"add-event"_s, u"/nonexistent/x.dateline"_s, u"--title"_s, u"x"_s, u"--date"_s, u"2008"_s} << 1 << u"does not exist"_s;
        QTest::newRow("bad limit") << QStringList{u"history"_s, f, u"--limit"_s, u"-3"_s} << 2 << u"--limit"_s;
        QTest::newRow("undo empty") << QStringList{u"undo"_s, f} << 1 << u"nothing to undo"_s;
        QTest::newRow("redo empty") << QStringList{u"redo"_s, f} << 1 << u"nothing to redo"_s;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        args.replaceInStrings(u"FILE"_s, m_file);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
        QCOMPARE(eventCount(m_file), 0); // nothing half-written
        QCOMPARE(historyLines(m_file).size(), 0);
    }

    void readOnlyFileIsRefused()
    {
        QVERIFY(QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const Run run = cli({u"add-event"_s, m_file, u"--title"_s, u"x"_s, u"--date"_s, u"2008"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"read-only"_s), qPrintable(run.err));
        QVERIFY(QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(eventCount(m_file), 0);
    }

    // `list` reads a page of rows at a time: every event once, in time order, across pages; the
    // date column widens where a later page has a longer date.
    void listReadsPageByPage()
    {
        QString csv = u"title,date\n"_s;
        constexpr int kEvents = 4500; // three pages
        for (int i = 0; i < kEvents; ++i) {
            // one day each, in time order; the last events are two-day spans ("9–10 Apr 2020")
            const QDate day = QDate(2010, 1, 1).addDays(i / 10);
            QString date = day.toString(Qt::ISODate);
            if (i >= 4400)
                date += u'/' + day.addDays(1).toString(Qt::ISODate);
            csv += u"Event %1,%2\n"_s.arg(i, 4, 10, QLatin1Char('0')).arg(date);
        }
        const QString path = m_dir->filePath(u"many.csv"_s);
        QVERIFY(writeFile(path, csv.toUtf8()));
        const Run import = cli({u"import"_s, path, m_file});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        const Run list = cli({u"list"_s, m_file});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kEvents);
        for (int i = 0; i < kEvents; ++i)
            QVERIFY2(lines[i].endsWith(u"  Event %1"_s.arg(i, 4, 10, QLatin1Char('0'))), qPrintable(lines[i]));
        // the first page's dates and the last page's spans each in a column of their own width
        const auto titleAt = [](const QString &line) { return line.indexOf(u"  Event"_s); };
        QCOMPARE(titleAt(lines.front()), titleAt(lines[1999]));
        QVERIFY(titleAt(lines.back()) > titleAt(lines.front()));
        QCOMPARE(titleAt(lines.back()), titleAt(lines[4000]));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestCliEdit)
#include "tst_cliedit.moc"
