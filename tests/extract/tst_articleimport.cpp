// File > New from Article, without the file dialogs: the proposals dialog and what accepting its
// proposals writes into a document.
#include "app/gui/articleimport.h"
#include "app/gui/articleimportdialog.h"
#include "core/extract/proposalcontent.h"
#include "core/io/contentwriter.h"
#include "core/store/document.h"

#include <QFile>
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

void TestArticleImport::readArticleErrors()
{
    QTemporaryDir dir;
    QString text, error;
    QVERIFY(!readArticle(dir.filePath(QStringLiteral("missing.txt")), &text, &error));
    QVERIFY(error.contains(QStringLiteral("missing.txt")));
    QFile bad(dir.filePath(QStringLiteral("bad.txt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("caf\xC3(");
    bad.close();
    QVERIFY(!readArticle(bad.fileName(), &text, &error));
    QVERIFY(error.contains(QStringLiteral("UTF-8")));
}

QTEST_MAIN(TestArticleImport)
#include "tst_articleimport.moc"
