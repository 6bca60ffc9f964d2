// dateline-exportbench: export figures (docs/architecture.md §7) as JSON for a generated benchmark document.
// The same measureExport() can be called from dateline-bench (--export).
#include "exportbench.h"

#include "../timeline/benchgenerator.h"
#include "core/store/document.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>

#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Image export benchmark (docs/architecture.md §7)"));
    parser.addHelpOption();
    const QCommandLineOption fileOpt(QStringLiteral("file"), QStringLiteral("Measure this .dateline file."), QStringLiteral("PATH"));
    const QCommandLineOption eventsOpt(QStringLiteral("events"), QStringLiteral("Generate N events (default 1000000)."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dirOpt(QStringLiteral("cache-dir"), QStringLiteral("Where generated files are kept."), QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Also write the exported files here."), QStringLiteral("DIR"));
    parser.addOptions({fileOpt, eventsOpt, dirOpt, outOpt});
    parser.process(app);

    QString path = parser.value(fileOpt);
    if (path.isEmpty()) {
        const std::uint32_t events = parser.value(eventsOpt).toUInt();
        path = QDir(parser.value(dirOpt)).filePath(QStringLiteral("dateline-exportbench-%1.dateline").arg(events));
        QString stale;
        if (QFileInfo::exists(path) && !dateline::Document::open(path, dateline::OpenMode::ReadOnly, &stale))
            QFile::remove(path); // an older schema or generator: make it again
        if (!QFileInfo::exists(path)) {
            QString error;
            if (!dateline::bench::generateDocument(path, events, 42, &error)) {
                std::fprintf(stderr, "dateline-exportbench: %s\n", qPrintable(error));
                return 1;
            }
        }
    }
    const QJsonObject figures = dateline::bench::measureExport(path, parser.value(outOpt));
    if (figures.isEmpty())
        return 1;
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("export"), figures}}).toJson().constData());
    return 0;
}
