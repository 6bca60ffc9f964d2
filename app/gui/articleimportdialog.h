#pragma once

#include "core/extract/articleextractor.h"
#include "core/io/nativejsonreader.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace dateline {

// Shows what an article proposes — dated events with status, actors and quotes — and lets the user
// set the publication date (relative dates are resolved against it), the source title, and which
// proposals to keep. Extraction runs again whenever the date changes. Article text is untrusted:
// every widget shows it as plain text.
class ArticleImportDialog : public QDialog {
    Q_OBJECT
public:
    ArticleImportDialog(const QString &articleText, const QString &articlePath, const QDate &published,
                        QWidget *parent = nullptr);

    // The accepted proposals as content for a document (see contentFromProposals).
    NativeJsonContent content() const;
    int proposalCount() const;
    void setChecked(int row, bool checked); // for tests and keyboard users

private:
    void extract();
    void showDetails();

    QString m_text;
    QString m_path;
    extract::Extraction m_extraction;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace dateline
