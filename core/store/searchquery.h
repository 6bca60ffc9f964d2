#pragma once

#include "core/store/searchresults.h"

#include <QString>

#include <vector>

namespace dateline {

// What a person typed into a search field, checked and translated to an FTS5 expression before
// SQLite sees it. The syntax is FTS5's: words (every one must occur), "phrases in quotes",
// prefix* (also "a phra"*), OR, AND, NOT (binary: "summit NOT Sochi"), parentheses. Operators are
// upper case; "or" is a word. Punctuation inside a word is kept literal ("2+2", "U.S."), so only
// the operators above have a meaning. A malformed text gets a message saying what to change.
class SearchQuery {
public:
    SearchQuery() = default;
    static SearchQuery parse(const QString &text);

    QString text() const { return m_text; }
    bool isEmpty() const { return m_fts.isEmpty() && m_error.isEmpty(); } // nothing typed
    bool isValid() const { return !m_fts.isEmpty() && m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    // The FTS5 MATCH expression: every word and phrase in double quotes.
    QString ftsExpression() const { return m_fts; }

    // Where the query's words occur in text (words excluded with NOT are not marked), as ranges
    // of text in ascending order. Case and diacritics are ignored, as the index ignores them.
    std::vector<TextRange> matchesIn(QStringView text) const;

    // A token as the full-text index sees it: case-folded, diacritics removed.
    static QString fold(QStringView token);

private:
    struct Term {
        QString folded;
        bool prefix = false;
    };
    QString m_text;
    QString m_fts;
    QString m_error;
    std::vector<Term> m_terms;

    friend class SearchQueryParser;
};

} // namespace dateline
