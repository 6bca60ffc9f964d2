// File > New from Article, without the file dialogs: the proposals dialog and what accepting its
// proposals writes into a document.
#include "app/gui/articleimport.h"
#include "app/gui/articleimportdialog.h"
#include "core/extract/proposalcontent.h"
#include "core/io/contentwriter.h"
#include "core/store/document.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dateline;

class TestArticleImport : public QObject {
    Q_OBJECT
private slots:
    void seedArticleIntoDocument();
    void uncheckedProposalsAreLeftOut();
    void bylineAuthor();
    void dateOriginShown_data();
    void dateOriginShown();
    void readArticleErrors();
};

namespace {

QString seedText()
{
    QFile f(QStringLiteral(DATELINE_SHARED_DATA "/seed/000_2dfa95e0bfc6aa2c.txt"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

void TestArticleImport::seedArticleIntoDocument()
{
    const QString text = seedText();
    if (text.isEmpty())
        QSKIP("the seed article is not present");
    ArticleImportDialog dialog(text, QStringLiteral("seed.txt"), QDate(2008, 3, 28));
    QCOMPARE(dialog.proposalCount(), 3);
    NativeJsonContent content = dialog.content();
    auto doc = Document::createInMemory();
    const WriteCounts counts = writeContent(content, *doc, IdPolicy::AssignNewIds);
    QCOMPARE(counts.events, 3);
    QCOMPARE(counts.sources, 1);
    QCOMPARE(counts.quotes, 4); // two by Bush, two by Lavrov, each written once
    const std::vector<Event> events = doc->events();
    QCOMPARE(events.front().date.toEdtf(), QStringLiteral("2008-03-17/2008-03-18"));
    QCOMPARE(events.back().status, EventStatus::Planned);
    bool lavrov = false;
    for (const Quote &q : doc->quotes()) {
        QVERIFY(!q.text.endsWith(u','));
        QVERIFY(q.speaker.isValid());
        lavrov = lavrov || (q.text.startsWith(QStringLiteral("The best way")) && doc->actor(q.speaker)->label == u"Sergei Lavrov");
    }
    QVERIFY(lavrov);
    QCOMPARE(doc->sources().front().issued.toEdtf(), QStringLiteral("2008-03-28"));
}

void TestArticleImport::uncheckedProposalsAreLeftOut()
{
    const QString text = QStringLiteral("The ministers met in Geneva on March 3. They will meet again in Oslo on April 9.");
    ArticleImportDialog dialog(text, QString(), QDate(2008, 3, 28));
    QCOMPARE(dialog.proposalCount(), 2);
    dialog.setChecked(0, false);
    const NativeJsonContent content = dialog.content();
    QCOMPARE(content.events.size(), size_t(1));
    QCOMPARE(content.events[0].date.toEdtf(), QStringLiteral("2008-04-09"));
    QCOMPARE(content.events[0].status, EventStatus::Planned);
    // The details pane shows untrusted text as plain text.
    QVERIFY(dialog.findChild<QPlainTextEdit *>()->toPlainText().contains(QStringLiteral("Geneva")));
}

// The publication date anchors every relative date, so the dialog says where it came from.
// The byline's names fill the source's author (a page's author tag wins).
void TestArticleImport::bylineAuthor()
{
    ArticleImportDialog plain(QStringLiteral("Deal agreed\n\nPippa Crerar, Political editor \u00B7 Thu 10 Jul 2025\n\n"
                                             "The leaders met in Paris on Thursday."),
                              QString(), QDate(2025, 7, 11));
    QCOMPARE(plain.source().author, QStringLiteral("Pippa Crerar"));
    ArticleImportDialog page(QStringLiteral("<html><head><meta name=\"author\" content=\"Ann Smith\"></head><body>"
                                            "<p>By Jane Roe | 10 July 2025</p><p>The leaders met in Paris on Thursday.</p>"
                                            "</body></html>"),
                             QString(), QDate(2025, 7, 11));
    QCOMPARE(page.source().author, QStringLiteral("Ann Smith"));
}

void TestArticleImport::dateOriginShown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("fileDate");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("origin"); // a word the label holds
    QTest::newRow("dateline") << QStringLiteral("MOSCOW, March 18, 2008 (Reuters) - The ministers met on Monday.")
                              << QDate(2026, 1, 2) << QStringLiteral("2008-03-18") << QStringLiteral("article's date line");
    QTest::newRow("file date") << QStringLiteral("The ministers met on Monday.") << QDate(2026, 1, 2)
                               << QStringLiteral("2026-01-02") << QStringLiteral("file's date");
    QTest::newRow("no date at all") << QStringLiteral("The ministers met on Monday.") << QDate()
                                    << QDate::currentDate().toString(Qt::ISODate) << QStringLiteral("today");
    QTest::newRow("web page") << QStringLiteral("<html><head><meta property=\"article:published_time\" "
                                                "content=\"2024-05-14T09:00:00Z\"></head><body><p>The ministers met on "
                                                "Monday.</p></body></html>")
                              << QDate(2026, 1, 2) << QStringLiteral("2024-05-14") << QStringLiteral("metadata");
}

void TestArticleImport::dateOriginShown()
{
    QFETCH(QString, text);
    QFETCH(QDate, fileDate);
    QFETCH(QString, date);
    QFETCH(QString, origin);
    ArticleImportDialog dialog(text, QString(), fileDate);
    auto *field = dialog.findChild<QLineEdit *>();
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("dateOrigin"));
    QVERIFY(field && label);
    QCOMPARE(field->text(), date);
    QVERIFY2(label->text().contains(origin), qPrintable(label->text()));
    field->setText(QStringLiteral("2008-03-20"));
    QVERIFY(label->text().isEmpty()); // the analyst's own date needs no note
    for (const QString &notADate : {QStringLiteral("20 March"), QStringLiteral("late March")}) { // no year
        field->setText(notADate);
        QVERIFY2(label->text().startsWith(QStringLiteral("not a date")), qPrintable(label->text()));
    }
}

void TestArticleImport::readArticleErrors()
{
    QTemporaryDir dir;
    QString text, error;
    QVERIFY(!readArticle(dir.filePath(QStringLiteral("missing.txt")), &text, &error));
    QVERIFY(error.contains(QStringLiteral("missing.txt")));
    QFile bad(dir.filePath(QStringLiteral("bad.txt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("%PDF-1.4\n\0\0\0", 12);
    bad.close();
    QVERIFY(!readArticle(bad.fileName(), &text, &error));
    QVERIFY2(error.contains(QStringLiteral("bad.txt")) && error.contains(QStringLiteral("binary")), qPrintable(error));
    // text that is not UTF-8 is read, with a note the dialog shows
    QFile latin(dir.filePath(QStringLiteral("latin.txt")));
    QVERIFY(latin.open(QIODevice::WriteOnly));
    latin.write("Caf\xE9");
    latin.close();
    QString note;
    QVERIFY(readArticle(latin.fileName(), &text, &error, &note));
    QCOMPARE(text, QStringLiteral("Caf\u00E9"));
    QVERIFY2(note.contains(QStringLiteral("windows-1252")), qPrintable(note));
}

QTEST_MAIN(TestArticleImport)
#include "tst_articleimport.moc"
