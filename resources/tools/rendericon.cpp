// dateline-rendericon SVG OUTDIR SIZE...: renders the application icon to OUTDIR/SIZExSIZE/NAME.png
// for the hicolor theme at build time, with the SVG renderer the app already links (no extra tool).
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // builds have no display
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 4) {
        err << "usage: dateline-rendericon SVG OUTDIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid()) {
        err << "dateline-rendericon: cannot read " << args.at(0) << '\n';
        return 1;
    }
    const QDir outDir(args.at(1));
    const QString name = args.at(2);
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "dateline-rendericon: bad size " << sizeText << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = QStringLiteral("%1x%1/apps").arg(size);
        // QSaveFile: an interrupted build never leaves a truncated icon that looks up to date.
        QSaveFile file(outDir.filePath(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        if (!outDir.mkpath(dir) || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
            err << "dateline-rendericon: cannot write " << file.fileName() << '\n';
            return 1;
        }
    }
    return 0;
}
