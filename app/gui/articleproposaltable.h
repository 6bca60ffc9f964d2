#pragma once

#include "core/extract/articleextractor.h"

#include <QHash>
#include <QSet>
#include <QTableWidget>

namespace dateline {

// The proposals of an article, one row each: keep (check box), date (EDTF editor), title (editable),
// status, actors, number of quotes. Keyboard: A (or Enter) accepts and R (or Delete) rejects the current row and
// move to the next, Space toggles, E (or F2) edits the title, D the date. A rejected row stays, greyed
// out, its date and title struck out. The user's decisions and edits, and the current row, are remembered by the place of the
// proposal's date in the text, so proposing again (another publication date) keeps them. Everything is
// shown as plain text.
class ArticleProposalTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Keep, Date, Title, Status, Actors, Quotes, Similar, ColumnCount };

    explicit ArticleProposalTable(QWidget *parent = nullptr);
    // The keys, for a hint line beside the table (and its tooltip).
    static QString keyHint();

    // Fills the rows from x and applies remembered decisions and edits to x's proposals.
    void setProposals(extract::Extraction &x);
    // Per row (same order), what the timeline already has that the proposal may repeat; empty for none.
    // Shows the column, hidden before (a new timeline has nothing to repeat).
    void setSimilar(const std::vector<QString> &notes);
    bool isAccepted(int row) const;
    void setAccepted(int row, bool accepted);
    std::vector<int> acceptedRows() const;
    QString title(int row) const;
    QString edtf(int row) const;

Q_SIGNALS:
    // A row's decision, title or date changed (not while filling).
    void proposalChanged(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void changed(QTableWidgetItem *item);
    void styleRow(int row);
    void fitColumns();

    std::vector<int> m_keys; // per row: where its date starts in the text
    QSet<int> m_rejected;
    QHash<int, QString> m_titles, m_dates;
    bool m_filling = false;
    int m_actorsWidth = 0, m_similarWidth = 0; // what their contents ask for
};

} // namespace dateline
