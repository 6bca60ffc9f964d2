// dateline-stepbench FILE [--events N,N,...]: what large editing steps cost. Copies FILE (a big
// document, e.g. one dateline-importbench made) to a temporary folder, then for each N (default
// 10,000 and 100,000) picks N events spread evenly over the ids (as one actor's events are) and
// times, through the command layer: deleting them, undoing that, redoing it and undoing again;
// then tagging them, undoing and redoing that, taking the tag off them again and undoing that; and
// duplicating them and undoing the duplicate. Prints one JSON line per N
// (ms and events/s of each). The copy is removed afterwards; FILE is not written. --delete-only
// stops after the delete's undo, redo and undo. --bulk times the Inspector's other bulk changes
// instead: setting the events' status, their type and adding an actor to them, each done, undone,
// redone and (untimed) undone again, so that the next N starts from the same document.
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/database.h"
#include "core/store/document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

std::vector<EventId> spreadIds(const Document &document, std::size_t count)
{
    std::vector<EventId> all;
    Statement s = document.database().prepare("SELECT id FROM events ORDER BY id");
    while (s.step())
        all.push_back(EventId(s.int64(0)));
    std::vector<EventId> picked;
    if (all.empty() || count == 0)
        return picked;
    count = std::min(count, all.size());
    for (std::size_t i = 0; i < count; ++i)
        picked.push_back(all[i * all.size() / count]);
    return picked;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Large editing steps on a copy of FILE; prints JSON."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE"_s, u"A Dateline document (not written)."_s);
    const QCommandLineOption eventsOption(u"events"_s, u"Events per step, comma-separated (default 10000,100000)."_s,
                                          u"N"_s, u"10000,100000"_s);
    parser.addOption(eventsOption);
    const QCommandLineOption deleteOnly(u"delete-only"_s, u"Time the delete and its undo and redo only."_s);
    parser.addOption(deleteOnly);
    const QCommandLineOption bulkOnly(u"bulk"_s, u"Time setting status and type and adding an actor instead."_s);
    parser.addOption(bulkOnly);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    std::vector<std::size_t> counts;
    for (const QString &n : parser.value(eventsOption).split(u',')) {
        bool ok = false;
        counts.push_back(n.toULongLong(&ok));
        if (!ok || counts.back() == 0) {
            std::fprintf(stderr, "dateline-stepbench: --events takes positive numbers\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"steps.dateline"_s);
    if (!QFile::copy(parser.positionalArguments().front(), copy)) {
        std::fprintf(stderr, "dateline-stepbench: cannot copy the document\n");
        return 1;
    }
    QString error;
    auto document = Document::open(copy, OpenMode::ReadWrite, &error);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Editor editor(*document);
    for (std::size_t count : counts) {
        const std::vector<EventId> ids = spreadIds(*document, count);
        QJsonObject result{{u"document_events"_s, document->info().events}, {u"step_events"_s, qint64(ids.size())}};
        auto time = [&](const char *name, const std::function<void()> &step) {
            QElapsedTimer timer;
            timer.start();
            step();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            result.insert(QLatin1StringView(name) + u"_ms"_s, qRound(ms));
            result.insert(QLatin1StringView(name) + u"_events_per_s"_s, qRound64(double(ids.size()) * 1000.0 / ms));
        };
        if (parser.isSet(bulkOnly)) {
            // Each change, its undo and its redo; then undone again (untimed) for the next N.
            auto doUndoRedo = [&](const char *name, const std::function<void()> &step) {
                const QByteArray n(name);
                time(n.constData(), step);
                time(("undo_" + n).constData(), [&] { editor.undo(); });
                time(("redo_" + n).constData(), [&] { editor.redo(); });
                editor.undo();
            };
            doUndoRedo("set_status", [&] { commands::setStatus(editor, ids, EventStatus::Denied); });
            doUndoRedo("set_type", [&] { commands::setCameoCode(editor, ids, u"0874"_s); });
            Actor actor;
            actor.label = u"Stepbench Envoy"_s;
            const ActorId envoy = commands::addActor(editor, actor);
            doUndoRedo("add_actor", [&] { commands::addActor(editor, ids, {envoy, ActorRole::Visitor}); });
            std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            continue;
        }
        time("delete", [&] { commands::removeEvents(editor, ids); });
        time("undo_delete", [&] { editor.undo(); });
        time("redo_delete", [&] { editor.redo(); });
        time("undo_delete_again", [&] { editor.undo(); });
        if (parser.isSet(deleteOnly)) {
            std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
            continue;
        }
        time("add_tag", [&] { commands::addTag(editor, ids, u"stepbench"_s); });
        time("undo_add_tag", [&] { editor.undo(); });
        time("redo_add_tag", [&] { editor.redo(); });
        time("remove_tag", [&] { commands::removeTag(editor, ids, u"stepbench"_s); });
        time("undo_remove_tag", [&] { editor.undo(); });
        time("duplicate", [&] { commands::duplicateEvents(editor, ids); });
        time("undo_duplicate", [&] { editor.undo(); });
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
    return 0;
}
