// The one-line name prompt (Add Bookmark, Save View, Rename View) shows its suggested text whole.
#include "app/gui/textprompt.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestTextPrompt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fieldFitsText_data();
    void fieldFitsText();
    void longTextIsCapped();
};

void TestTextPrompt::fieldFitsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short") << u"View 1"_s;
    // A bookmark is named after the current event: the sample's first title showed only "...Czech Republic".
    QTest::newRow("event title") << u"US missile-defence sites planned in Poland and the Czech Republic"_s;
}

void TestTextPrompt::fieldFitsText()
{
    QFETCH(QString, text);
    const auto dialog = textPrompt(nullptr, u"Add Bookmark"_s, u"Bookmark from Mar 2008 as:"_s, text);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *edit = dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    QCOMPARE(edit->text(), text);
    QVERIFY2(edit->contentsRect().width() > edit->fontMetrics().horizontalAdvance(text),
             qPrintable(u"field %1 px, text %2 px"_s.arg(edit->contentsRect().width())
                            .arg(edit->fontMetrics().horizontalAdvance(text))));
}

void TestTextPrompt::longTextIsCapped()
{
    const auto dialog = textPrompt(nullptr, u"Add Bookmark"_s, u"Bookmark as:"_s, QString(5000, u'x'));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY(dialog->width() < 1200); // the field scrolls rather than widen the dialog past the screen
}

QTEST_MAIN(TestTextPrompt)
#include "tst_textprompt.moc"
