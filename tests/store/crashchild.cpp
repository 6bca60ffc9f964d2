// dateline-crashchild MODE FILE SEED: works on FILE until it is killed (tst_crashsafety kills it
// with SIGKILL at a random moment). After each committed step it writes "<n>\n" to stdout, unbuffered,
// so the test knows which steps the document must hold at least.
//   import: imports batch 0, 1, 2, ... (crashworkload.h) through the bulk path, one step each;
//   edits:  runs edit steps; every seventh also stores a time index snapshot.
#include "crashworkload.h"

#include "core/index/timeindex.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace dateline;

namespace {

void report(int n)
{
    const QByteArray line = QByteArray::number(n) + '\n';
    if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
        std::_Exit(3);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: dateline-crashchild import|edits FILE SEED\n");
        return 2;
    }
    const QString mode = args.at(1);
    const quint32 seed = args.at(3).toUInt();
    QString error;
    auto doc = Document::open(args.at(2), OpenMode::ReadWrite, &error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Editor editor(*doc);
    if (mode == u"import") {
        for (int k = 0; k < 1000; ++k) {
            NativeJsonContent content = crash::importBatch(seed, k);
            commands::importContent(editor, content, IdPolicy::AssignNewIds, crash::batchName(k));
            report(k + 1);
        }
    } else {
        QRandomGenerator rng(seed);
        for (int step = 0; step < 100000; ++step) {
            crash::editStep(editor, rng, step);
            report(step + 1);
            if (step % 7 == 6)
                TimeIndex::load(*doc, LaneGrouping::Actor);
        }
    }
    return 0;
}
