#pragma once

#include <QFrame>

class QLabel;
class QMainWindow;

namespace dateline {

class DocumentController;

// A one-line bar above the window's central area saying why the open document cannot be edited
// (DocumentController::readOnlyReason()); hidden when it can be.
class ReadOnlyBanner : public QFrame {
    Q_OBJECT
public:
    explicit ReadOnlyBanner(DocumentController *controller, QWidget *parent = nullptr);
    // Wraps the window's central widget in a column with the banner on top.
    static ReadOnlyBanner *install(QMainWindow *window, DocumentController *controller);

    QString text() const;
    void update();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    DocumentController *m_controller;
    QLabel *m_label;
};

} // namespace dateline
