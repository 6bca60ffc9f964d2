// dateline: the desktop app. Everything but argument handling lives in dateline_gui.
#include "app/gui/documentcontroller.h"
#include "app/gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dateline"));
    QApplication::setApplicationName(QStringLiteral("dateline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dateline"));
    QApplication::setApplicationVersion(QStringLiteral(DATELINE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dateline.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dated diplomatic events with their sources and quotes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The .dateline document to open (default: the sample)."));
    parser.process(app);

    dateline::DocumentController controller;
    dateline::MainWindow window(&controller);
    controller.setErrorReporter([&window](const QString &title, const QString &message) {
        QMessageBox box(QMessageBox::Warning, title, QString(), QMessageBox::Ok, &window);
        box.setTextFormat(Qt::PlainText); // the message quotes file names and file contents
        box.setText(message);
        box.exec();
    });
    window.show();

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        controller.openSample();
    else
        controller.openDocument(files.constFirst());
    return app.exec();
}
