// Untrusted text in the app's widgets: titles, descriptions, actor labels, source titles and
// quotes holding HTML (<b>, <img onerror>, <script>), a right-to-left override, control
// characters and a 100 kB string. The detail pane, the Inspector, the events table, the timeline
// tooltip and the Undo tooltip must show them literally: a label is plain text, or a tooltip
// (which Qt reads as HTML when it looks like HTML) has the text escaped, and a bidi override in
// our own HTML is isolated so it cannot reorder what follows it.
#include "app/gui/documentcontroller.h"
#include "app/gui/editactions.h"
#include "app/gui/eventdetailpane.h"
#include "app/gui/wrappedtext.h"
#include "app/gui/eventtablemodel.h"
#include "app/gui/inspector/inspectordock.h"
#include "app/gui/plaintext.h"
#include "app/gui/timelinetooltip.h"
#include "app/gui/views/viewsdock.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/model/untrustedtext.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextOption>

#include <functional>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

// What a person sees of a text Qt may read as HTML (zero-width spaces, where a long word in a
// tooltip may wrap, are not seen).
QString shown(const QString &text, Qt::TextFormat format)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument html;
    html.setHtml(text);
    return html.toPlainText().remove(QChar(0x200B));
}

// Whether the character at `at` lies inside a bidi isolate (U+2066..2068 ... U+2069) that is
// still open there: a U+2069 that closes nothing opened before it does not count.
bool insideIsolate(const QString &text, qsizetype at)
{
    int depth = 0;
    for (qsizetype i = 0; i < at; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x2066 && c <= 0x2068)
            ++depth;
        else if (c == 0x2069 && depth > 0)
            --depth;
    }
    return depth > 0;
}

} // namespace

class TestUntrustedText : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void widgetsShowLiteralText_data();
    void widgetsShowLiteralText();
    void longWordsWrapInTooltips_data();
    void longWordsWrapInTooltips();

private:
    // Every label, widget tooltip, action tooltip and item tooltip under root: markup from the
    // text never reaches Qt as markup. Returns how many showed (the start of) the text.
    int check(QObject *root, const QString &literal, const QString &markup);

    QTemporaryDir m_dir;
};

void TestUntrustedText::initTestCase()
{
    useTestSettings(u"tst_untrustedtext"_s);
    QVERIFY(m_dir.isValid());
}

void TestUntrustedText::widgetsShowLiteralText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("markup"); // what must never reach Qt unescaped in HTML
    QTest::newRow("bold") << u"<b>bold</b> talks"_s << u"<b>"_s;
    QTest::newRow("image with onerror") << u"<img src=x onerror=alert(1)> talks"_s << u"<img"_s;
    QTest::newRow("script") << u"<script>alert('x')</script> talks"_s << u"<script"_s;
    QTest::newRow("link") << u"<a href=\"https://evil.example\">click</a>"_s << u"<a href"_s;
    QTest::newRow("right-to-left override") << u"Talks \u202Eexe.gnp\u202C end"_s << QString();
    // A stray pop first: wrapped naively in U+2068 ... U+2069 it ends the isolate at once.
    QTest::newRow("stray pop, override") << u"\u2069\u202Eexe.gnp talks"_s << QString();
    QTest::newRow("control characters") << u"a\u0001b\u0007c\u001Bd\tend"_s << QString();
    QTest::newRow("100 kB") << u"<i>"_s + QString(100000, u'x') + u"</i>"_s << u"<i>"_s;
}

int TestUntrustedText::check(QObject *root, const QString &literal, const QString &markup)
{
    // Isolating the text in a line drops a U+2069 that closes nothing of its own: compare without.
    const QString start = literal.left(40).remove(QChar(0x2069));
    int showing = 0;
    auto verify = [&](const QString &text, Qt::TextFormat format, const QString &where) {
        const bool rich = !(format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)));
        if (rich && !markup.isEmpty() && text.contains(markup))
            QTest::qFail(qPrintable(u"%1 passes the text as HTML: %2"_s.arg(where, text.left(200))), __FILE__, __LINE__);
        // A line we compose around the text (HTML, or "“quote”", "— speaker", "tag, tag") must
        // end its override with it; a label showing the text alone may let it run.
        const bool composed = rich || text != literal;
        if (composed && text.contains(u'\u202E') && !insideIsolate(text, text.indexOf(u'\u202E')))
            QTest::qFail(qPrintable(u"%1: a bidi override is not isolated: %2"_s.arg(where, text.left(200))), __FILE__, __LINE__);
        if (shown(text, format).remove(QChar(0x2069)).contains(start))
            ++showing;
    };
    for (QLabel *label : root->findChildren<QLabel *>())
        verify(label->text(), label->textFormat(), u"label %1"_s.arg(label->objectName()));
    for (WrappedText *line : root->findChildren<WrappedText *>()) // the detail pane's quotes and speakers
        verify(line->text(), Qt::PlainText, u"text %1"_s.arg(line->objectName()));
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    if (auto *w = qobject_cast<QWidget *>(root))
        widgets << w;
    for (QWidget *w : widgets) {
        verify(w->toolTip(), Qt::AutoText, u"tooltip of %1"_s.arg(QString::fromLatin1(w->metaObject()->className())));
        for (QAction *action : w->actions())
            verify(action->toolTip(), Qt::AutoText, u"action tooltip"_s);
    }
    // Every item, children (a tree's) included.
    std::function<void(const QAbstractItemModel *, const QModelIndex &)> items = [&](const QAbstractItemModel *model,
                                                                                     const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c)
                verify(model->index(r, c, parent).data(Qt::ToolTipRole).toString(), Qt::AutoText, u"item tooltip"_s);
            items(model, model->index(r, 0, parent));
        }
    };
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (view->model())
            items(view->model(), QModelIndex());
    }
    return showing;
}

void TestUntrustedText::widgetsShowLiteralText()
{
    QFETCH(QString, text);
    QFETCH(QString, markup);
    const QString path = m_dir.filePath(u"%1.dateline"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    EventId id, meeting;
    {
        TestDocument fixture = TestDocument::create(path);
        Document &doc = *fixture.document;
        const ActorId speaker = doc.addActor({ActorId(), text, ActorKind::Person, {}, {}, {}});
        Source source;
        source.title = text;
        const SourceId sourceId = doc.addSource(source);
        Event event;
        event.title = text;
        event.description = text;
        event.date = FuzzyDate::fromEdtf(u"2008-03-20");
        event.actors = {{speaker, ActorRole::Initiator}};
        event.tags = {text};
        id = doc.addEvent(event);
        Quote quote;
        quote.text = text;
        quote.speaker = speaker;
        quote.source = sourceId;
        quote.events = {id, fixture.meeting};
        doc.addQuote(quote);
        doc.addRelation({RelationId(), fixture.meeting, id, RelationKind::FollowUpOf});
        meeting = fixture.meeting;
    }
    DocumentController controller;
    QVERIFY(controller.openDocument(path));
    Document &doc = *controller.document();

    EventDetailPane pane;
    pane.setDocument(&doc);
    pane.setEvent(id);
    QVERIFY(check(&pane, text, markup) > 0);
    const QList<WrappedText *> titles = pane.findChildren<WrappedText *>(u"title"_s);
    QCOMPARE(titles.size(), 1);
    // literal, and cut after 240 characters (a long title keeps the fields in sight)
    QCOMPARE(titles.first()->text(), text.size() > 240 ? text.left(240).trimmed() + QChar(0x2026) : text);
    QVERIFY(!titles.first()->acceptRichText());
    // The related event's pane: a "Go to" button whose tooltip names this event, a shared quote.
    pane.setEvent(meeting);
    QVERIFY(check(&pane, text, markup) > 0);
    QVERIFY(!QTest::currentTestFailed());

    // Saved views and bookmarks named with the text: the Views & Bookmarks dock's list.
    SavedView view;
    view.name = text;
    doc.putSavedView(view);
    doc.putBookmark({text, FuzzyDate::fromEdtf(u"2008-03-20")});
    ViewsDock views(&controller, nullptr);
    QVERIFY(check(&views, text, markup) > 0);
    QVERIFY(!QTest::currentTestFailed());

    InspectorDock inspector(&controller);
    inspector.resize(420, 900);
    inspector.show();
    controller.setCurrentEvent(id);
    QVERIFY(check(&inspector, text, markup) > 0);
    QVERIFY(!QTest::currentTestFailed());

    EventTableModel model;
    model.setDocument(&doc);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, EventTableModel::TitleColumn).data().toString() == oneLine(text))
            row = r;
    }
    QVERIFY(row >= 0); // the table shows the title as it is, in one line
    const QString tip = model.index(row, EventTableModel::TitleColumn).data(Qt::ToolTipRole).toString();
    const auto noPop = [](QString s) { return s.remove(QChar(0x2069)); }; // see check()
    QVERIFY2(noPop(shown(tip, Qt::AutoText)).contains(noPop(text.left(1000))), qPrintable(tip.left(200)));
    if (!markup.isEmpty())
        QVERIFY(!tip.contains(markup));

    const QString timelineTip = timelineToolTip(doc, id);
    QVERIFY2(noPop(shown(timelineTip, Qt::RichText)).contains(noPop(text.left(400))), qPrintable(timelineTip.left(200)));
    if (!markup.isEmpty()) // its own HTML has <b> and <i>: the text's markup must be escaped
        QVERIFY(!timelineTip.contains(text.left(30)));
    QVERIFY(timelineTip.size() < 5000); // a 100 kB title is cut, not a 100 kB tooltip

    EditActions actions(nullptr, &controller, nullptr);
    QVERIFY(controller.edit([&](Editor &e) {
        Event renamed = *doc.event(id);
        renamed.title = text + u" (2)"_s;
        commands::updateEvent(e, renamed);
    }));
    QVERIFY(noPop(shown(actions.undoAction()->toolTip(), Qt::AutoText)).contains(noPop(controller.editor()->undoLabel())));
    if (!markup.isEmpty())
        QVERIFY(!actions.undoAction()->toolTip().contains(markup));
}

void TestUntrustedText::longWordsWrapInTooltips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("400 letters") << QString(400, u'A');
    QTest::newRow("URL") << u"https://example.org/"_s + QString(300, u'x') + u"?id=1"_s;
    QTest::newRow("Arabic word") << QString(300, QChar(0x0628));
    QTest::newRow("combining marks") << u"Z\u0301\u0316"_s.repeated(150);
    QTest::newRow("emoji ZWJ sequences") << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s.repeated(60);
}

// A tooltip with a word longer than the screen is wide (a URL, a title without spaces) wraps:
// QToolTip wraps rich text at word boundaries only, so the word needs places to break; what
// it shows is still the whole text, and no character or joined sequence is split.
void TestUntrustedText::longWordsWrapInTooltips()
{
    QFETCH(QString, text);
    for (const QString &tip : {plainToolTip(text), u"<p>"_s + htmlPiece(text) + u"</p>"_s}) {
        // As QToolTip's label lays it out: word wrap (a QTextDocument alone would also break
        // anywhere, which the label does not).
        QTextDocument html;
        QTextOption option = html.defaultTextOption();
        option.setWrapMode(QTextOption::WordWrap);
        html.setDefaultTextOption(option);
        html.setHtml(tip);
        html.setTextWidth(400);
        QVERIFY2(html.idealWidth() <= 400, qPrintable(u"%1 px wide"_s.arg(html.idealWidth())));
        QString seen = html.toPlainText();
        for (qsizetype i = seen.indexOf(QChar(0x200B)); i >= 0; i = seen.indexOf(QChar(0x200B), i + 1)) {
            QVERIFY(i + 1 < seen.size());
            const QChar next = seen.at(i + 1);
            QVERIFY2(!next.isLowSurrogate() && !next.isMark() && next != QChar(0x200D) && seen.at(i - 1) != QChar(0x200D),
                     qPrintable(u"a break inside a character or sequence at %1"_s.arg(i)));
        }
        seen.remove(QChar(0x200B)).remove(QChar(0x2068)).remove(QChar(0x2069));
        QCOMPARE(seen, text);
    }
}

QTEST_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
