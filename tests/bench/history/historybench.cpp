// dateline-historybench: how the History panel's lazy model copes with a long journal. Prints
// JSON: the time to build a journal of N steps (default 5000: recording a step currently scans the
// whole journal, so building a long one is slow), to reset the model (a count), and to read a row
// at the top, the middle and the bottom (a page read each, cold).
#include "app/gui/history/historymodel.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace dateline;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("History panel benchmark: a journal of STEPS steps (default 5000); prints JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("STEPS"), QStringLiteral("Steps in the journal."), QStringLiteral("[STEPS]"));
    parser.process(app);
    bool ok = true;
    const int steps = parser.positionalArguments().isEmpty() ? 5000 : parser.positionalArguments().front().toInt(&ok);
    if (!ok || steps <= 0 || parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "dateline-historybench: STEPS needs one positive number\n");
        return 2;
    }
    QTemporaryDir dir;
    QString error;
    auto document = Document::create(dir.filePath(QStringLiteral("history.dateline")), &error);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Editor editor(*document);
    QElapsedTimer timer;
    timer.start();
    {
        Document::BulkEdit bulk(*document);
        for (int i = 0; i < steps; ++i) {
            Actor actor;
            actor.label = QStringLiteral("Actor %1").arg(i);
            commands::addActor(editor, actor);
        }
        bulk.commit();
    }
    const double buildMs = timer.nsecsElapsed() / 1e6;

    HistoryModel model;
    timer.restart();
    model.setDocument(document.get());
    const double resetMs = timer.nsecsElapsed() / 1e6;
    auto readRow = [&](int row) {
        HistoryModel cold;
        cold.setDocument(document.get());
        QElapsedTimer t;
        t.start();
        const QString label = cold.index(row).data().toString();
        const double ms = t.nsecsElapsed() / 1e6;
        if (label.isEmpty())
            std::fprintf(stderr, "row %d is empty\n", row);
        return ms;
    };
    const double topMs = readRow(0);
    const double middleMs = readRow(steps / 2);
    const double bottomMs = readRow(steps - 1);
    std::printf("{\"steps\": %d, \"build_journal_ms\": %.1f, \"model_reset_ms\": %.2f, \"row_top_ms\": %.2f, "
                "\"row_middle_ms\": %.2f, \"row_bottom_ms\": %.2f}\n",
                steps, buildMs, resetMs, topMs, middleMs, bottomMs);
    return 0;
}
