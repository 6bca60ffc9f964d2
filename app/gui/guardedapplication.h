#pragma once

#include <QApplication>

#include <functional>

namespace dateline {

// QApplication that turns a store failure escaping an event handler (the disk went away, the file
// was truncated under us, the disk filled up) into a message instead of std::terminate. Views
// report expected failures themselves; this is the last line of defence, so nothing is lost
// silently and the app stays up to let the user close the document.
class GuardedApplication : public QApplication {
public:
    using Reporter = std::function<void(const QString &message)>;

    GuardedApplication(int &argc, char **argv);
    void setReporter(Reporter reporter);

    bool notify(QObject *receiver, QEvent *event) override;

private:
    void report(const QString &message);

    Reporter m_reporter;
    bool m_reporting = false; // one message at a time: a failing repaint would repeat every frame
};

} // namespace dateline
