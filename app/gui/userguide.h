#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace dateline {

// Help > User Guide: docs/app.md, opened in the desktop's viewer for Markdown (a text editor or a
// browser). It is installed with the app, under share/doc/dateline; run from a build directory,
// the app reads the guide in its source tree.
class UserGuide {
public:
    // Where the guide may be, in the order looked at: beside the installed app, then the source.
    static QStringList candidates();
    // The first candidate that exists; empty when none does.
    static QString path(const QStringList &candidates = UserGuide::candidates());
    // Opens it, or says where the documentation is when it is missing or cannot be opened.
    static void open(QWidget *parent);
};

} // namespace dateline
