// dateline: the desktop app. Everything but argument handling lives in dateline_gui.
#include "app/gui/documentcontroller.h"
#include "app/gui/filters/filtercontroller.h"
#include "app/gui/guardedapplication.h"
#include "app/gui/mainwindow.h"
#include "app/gui/plainmessage.h"
#include "app/gui/timelineview.h"
#include "core/date/fuzzydate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace {

// --dark: a dark Fusion palette whatever the desktop says (the timeline follows the palette).
void useDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(45, 46, 50), base(30, 31, 34), text(225, 226, 230), dim(130, 132, 138);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(60, 110, 180));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Disabled, QPalette::Text, dim);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, dim);
    p.setColor(QPalette::Disabled, QPalette::WindowText, dim);
    QApplication::setPalette(p);
}

// --help and --version only print, so they must work without a display too (scripts, packaging).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    dateline::GuardedApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dateline"));
    QApplication::setApplicationName(QStringLiteral("dateline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dateline"));
    QApplication::setApplicationVersion(QStringLiteral(DATELINE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dateline.svg")));
    // Ties windows to the installed desktop entry (Wayland app id, taskbar icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.dateline.Dateline"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dated diplomatic events with their sources and quotes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Use a dark colour scheme."));
    parser.addOption(darkOption);
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QStringLiteral("Show this EDTF date or range in the timeline."),
                                        QStringLiteral("edtf"));
    parser.addOption(viewOption);
    const QCommandLineOption filterOption(
        QStringLiteral("filter"),
        QStringLiteral("Open with this filter, as JSON: {\"actors\":[3],\"quadClasses\":[4],\"dateRange\":\"2008-03/2008-04\"}."),
        QStringLiteral("json"));
    parser.addOption(filterOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The .dateline document to open (default: the sample)."));
    parser.process(app);
    if (parser.isSet(darkOption))
        useDarkPalette();

    dateline::DocumentController controller;
    dateline::MainWindow window(&controller);
    controller.setErrorReporter([&window](const QString &title, const QString &message) {
        dateline::showPlainMessage(&window, QMessageBox::Warning, title, message); // it quotes file names and contents
    });
    app.setReporter([&controller](const QString &message) {
        controller.reportError(QObject::tr("Dateline"), message);
    });
    window.show();

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        controller.openSample();
    } else {
        const QUrl url(files.constFirst()); // a path, or a file:// URL from a launcher that passes URLs
        controller.openDocument(url.isLocalFile() ? url.toLocalFile() : files.constFirst());
    }
    if (parser.isSet(filterOption)) {
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(parser.value(filterOption).toUtf8(), &parseError);
        QString error = json.isObject() ? QString() : QStringLiteral("not a JSON object (%1)").arg(parseError.errorString());
        const auto filter = error.isEmpty() ? dateline::EventFilter::fromJson(json.object(), &error) : std::nullopt;
        if (filter)
            window.filters()->setFilter(*filter); // after opening: a new document clears the filter
        else
            std::fprintf(stderr, "dateline: --filter: %s\n", qPrintable(error));
    }
    if (parser.isSet(viewOption)) {
        const dateline::FuzzyDate range = dateline::FuzzyDate::fromEdtf(parser.value(viewOption));
        if (range.isValid()) {
            // After the window has its final size (which refits the timeline until it moves).
            QTimer::singleShot(300, &window, [&window, range] {
                const dateline::DateBounds b = range.bounds();
                window.timelineView()->showRange(b.earliestStart, b.latestEnd);
            });
        }
    }
    return app.exec();
}
