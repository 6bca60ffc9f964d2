#pragma once

#include "core/extract/articleextractor.h"
#include "core/extract/proposalcontent.h"
#include "core/io/nativejsonreader.h"

#include <QDialog>

#include <functional>
#include <vector>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace dateline {

class ArticleHighlighter;
class ArticleProposalTable;
class Document;

// Shows what an article proposes next to the article itself (dates and quotes highlighted, the
// selected proposal's sentence marked) and lets the user set the publication date (EDTF, possibly
// fuzzy: relative dates count from its first day; proposing runs again when it changes), the source
// (title, publication, author, URL; a web page's own meta tags fill them) and which proposals to
// keep (ArticleProposalTable: keyboard accept, reject and edit). Article text is untrusted: every
// widget shows it as plain text.
class ArticleImportDialog : public QDialog {
    Q_OBJECT
public:
    // NewTimeline writes into a new file; AddToTimeline into the open document.
    enum class Purpose { NewTimeline, AddToTimeline };
    // done() code of a NewTimeline dialog whose user chose "Add to Open Timeline" instead.
    static constexpr int AddToOpenTimeline = 2;

    ArticleImportDialog(const QString &articleText, const QString &articlePath, const QDate &published,
                        Purpose purpose = Purpose::NewTimeline, std::vector<Actor> knownActors = {},
                        QWidget *parent = nullptr);

    // Offers "Add to Open Timeline" in a NewTimeline dialog (when a writable document is open).
    void setAddToOpenAvailable(bool available);
    // How the article's text was read when it was not UTF-8 ("Not UTF-8: read as windows-1252."),
    // shown with the summary; empty for none.
    void setReadingNote(const QString &note);
    // A line about how the kept proposals reach the timeline (ArticleLiveWriter), shown with the
    // summary; empty for none.
    void setWritingNote(const QString &note);
    // The timeline the proposals go into: a proposal that may repeat one of its events says which.
    void setExistingEvents(const Document *document);
    // Events of that timeline written from this review so far (ArticleLiveWriter): not repeats
    // when proposing again.
    void setOwnEvents(std::vector<EventId> events);
    // Asked when OK is pressed, before the dialog closes: false keeps it open (e.g. a refused write).
    void setAcceptCheck(std::function<bool()> check) { m_acceptCheck = std::move(check); }

    // The proposals with the user's edits of titles and dates applied.
    const extract::Extraction &extraction() const { return m_extraction; }
    std::vector<int> acceptedRows() const;
    extract::ArticleSource source() const;
    // The accepted proposals as content for a new document (see contentFromProposals).
    NativeJsonContent content() const;

    int proposalCount() const;
    bool isAccepted(int row) const;
    void setChecked(int row, bool checked);
    ArticleProposalTable *proposalTable() const { return m_table; }
    QPlainTextEdit *articleView() const { return m_article; }
    // The user has decided on or edited a proposal, or typed in the source's fields.
    bool hasReviewWork() const { return m_reviewed; }

    // Esc, Cancel and the window's close button: asks before throwing review work away.
    void reject() override;

Q_SIGNALS:
    // What accepting now would write changed: a decision, a kept proposal's title or date, the
    // proposals themselves (another publication date) or the source's fields.
    void keptChanged();

protected:
    // Enter in the publication date proposes again at once instead of accepting the dialog.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor's parts: the panes, and the source's fields filled from the article
    QFormLayout *buildSourceForm(const QDate &published);
    QWidget *buildArticlePane();
    QWidget *buildProposalPane();
    QDialogButtonBox *buildButtons();
    void fillSource(const QDate &published);
    bool confirmDiscard();
    void extract();
    void dateEdited();
    void proposeForDate(); // again, when the typed publication date has another first day
    void showDetails();
    void markArticle();
    void markSimilar(); // the proposals that may repeat an event of m_existing
    void highlight();
    void proposalEdited(int row);
    void updateSummary();

    QString m_text;
    QString m_path;
    Purpose m_purpose;
    std::vector<Actor> m_known;
    extract::Extraction m_extraction;
    QLineEdit *m_date = nullptr; // "2008-03-28", fuzzy ("2008-03", "[..2008-03-26]") or written ("March 2008")
    QLabel *m_dateOrigin = nullptr; // where the date came from, until it is edited
    CivilDate m_dct;             // the day relative dates count from
    QTimer *m_proposeLater = nullptr; // a pause in typing the date proposes again, not each keystroke
    const Document *m_existing = nullptr; // setExistingEvents()
    std::vector<EventId> m_own;           // setOwnEvents()
    std::function<bool()> m_acceptCheck;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_publication = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_url = nullptr;
    QPlainTextEdit *m_article = nullptr;
    ArticleHighlighter *m_marks = nullptr; // dates, quotes and page furniture
    ArticleProposalTable *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QString m_readingNote;
    QString m_writingNote;
    QPushButton *m_ok = nullptr;
    QPushButton *m_addToOpen = nullptr;
    bool m_reviewed = false;
};

} // namespace dateline
