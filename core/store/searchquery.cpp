#include "core/store/searchquery.h"

#include <optional>

namespace dateline {

namespace {

// A character the index's unicode61 tokenizer keeps inside a token: letters, digits, marks,
// private-use characters.
bool isTokenChar(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return QChar::isLetterOrNumber(c);
    }
}

// Calls visit(start, length) for every token of text, in order.
template <typename Visit>
void forEachToken(QStringView text, Visit visit)
{
    qsizetype start = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t c = text[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        if (isTokenChar(c)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            visit(start, i - start);
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        visit(start, text.size() - start);
}

bool hasToken(QStringView text)
{
    bool found = false;
    forEachToken(text, [&found](qsizetype, qsizetype) { found = true; });
    return found;
}

QString quoted(const QString &text, bool prefix)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
}

} // namespace

// Lexes and parses by recursive descent: or := and (OR and)*; and := not ([AND] not)*;
// not := primary (NOT primary)*; primary := word | phrase | ( or ).
class SearchQueryParser {
public:
    enum class Kind : std::uint8_t { Text, Open, Close, Or, And, Not, End };
    struct Token {
        Kind kind = Kind::End;
        QString text;
        bool prefix = false;
    };

    explicit SearchQueryParser(SearchQuery &query) : q(query) {}

    void run()
    {
        if (!lex())
            return;
        if (m_tokens.size() == 1) // only End: nothing typed (or only punctuation)
        {
            if (m_droppedSomething)
                q.m_error = QStringLiteral("Type a word or number to search for: punctuation alone matches nothing.");
            return;
        }
        QString out;
        if (!parseOr(out, false, nullptr))
            return;
        if (peek().kind == Kind::Close) {
            q.m_error = QStringLiteral("A \u201c)\u201d has no \u201c(\u201d before it.");
            return;
        }
        q.m_fts = out;
    }

private:
    SearchQuery &q;
    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    bool m_droppedSomething = false;

    bool fail(const QString &message)
    {
        q.m_error = message;
        q.m_terms.clear();
        return false;
    }

    static QString operandMessage(Kind op)
    {
        switch (op) {
        case Kind::Or:
            return QStringLiteral("\u201cOR\u201d needs a word or phrase on each side (\u201cSochi OR Moscow\u201d).");
        case Kind::And:
            return QStringLiteral("\u201cAND\u201d needs a word or phrase on each side (\u201cmissile AND Poland\u201d).");
        case Kind::Not:
            return QStringLiteral("\u201cNOT\u201d needs a word or phrase on each side: \u201csummit NOT Sochi\u201d "
                                  "finds summits that do not mention Sochi.");
        default:
            return QStringLiteral("A \u201c(\u201d needs a word or phrase before its \u201c)\u201d.");
        }
    }

    bool lex()
    {
        const QString &s = q.m_text;
        qsizetype i = 0;
        while (i < s.size()) {
            const QChar c = s[i];
            if (c.isSpace()) {
                ++i;
            } else if (c == u'(' || c == u')') {
                m_tokens.push_back({c == u'(' ? Kind::Open : Kind::Close, {}, false});
                ++i;
            } else if (c == u'"') {
                const qsizetype close = s.indexOf(QLatin1Char('"'), i + 1);
                if (close < 0) {
                    return fail(QStringLiteral("Unbalanced quote in the search text: a phrase starts with \u201c\"\u201d "
                                               "but has no closing \u201c\"\u201d."));
                }
                Token t{Kind::Text, s.mid(i + 1, close - i - 1), false};
                i = close + 1;
                if (i < s.size() && s[i] == u'*') {
                    t.prefix = true;
                    ++i;
                }
                if (!addText(std::move(t)))
                    return false;
            } else {
                qsizetype end = i;
                while (end < s.size() && !s[end].isSpace() && s[end] != u'(' && s[end] != u')' && s[end] != u'"')
                    ++end;
                QString word = s.mid(i, end - i);
                i = end;
                if (word == u"OR" || word == u"AND" || word == u"NOT") {
                    m_tokens.push_back({word == u"OR" ? Kind::Or : word == u"AND" ? Kind::And : Kind::Not, {}, false});
                    continue;
                }
                Token t{Kind::Text, word, false};
                if (t.text.endsWith(QLatin1Char('*'))) {
                    t.text.chop(1);
                    t.prefix = true;
                }
                if (t.text.contains(QLatin1Char('*'))) {
                    return fail(QStringLiteral("A \u201c*\u201d marks a prefix and goes at the end of a word "
                                               "(\u201cnegot*\u201d finds negotiate, negotiations\u2026)."));
                }
                if (!addText(std::move(t)))
                    return false;
            }
        }
        m_tokens.push_back({Kind::End, {}, false});
        return true;
    }

    // Words and phrases without a letter or digit match nothing: they are left out (as if not
    // typed), except that a bare "*" is a mistake worth saying.
    bool addText(Token t)
    {
        if (!hasToken(t.text)) {
            if (t.prefix) {
                return fail(QStringLiteral("A \u201c*\u201d marks a prefix and goes at the end of a word "
                                           "(\u201cnegot*\u201d finds negotiate, negotiations\u2026)."));
            }
            m_droppedSomething = true;
            return true;
        }
        m_tokens.push_back(std::move(t));
        return true;
    }

    const Token &peek() const { return m_tokens[m_pos]; }

    bool startsOperand() const
    {
        const Kind k = peek().kind;
        return k == Kind::Text || k == Kind::Open;
    }

    bool parseOr(QString &out, bool negated, const Kind *after)
    {
        if (!parseAnd(out, negated, after))
            return false;
        while (peek().kind == Kind::Or) {
            ++m_pos;
            out += QStringLiteral(" OR ");
            const Kind op = Kind::Or;
            if (!parseAnd(out, negated, &op))
                return false;
        }
        return true;
    }

    bool parseAnd(QString &out, bool negated, const Kind *after)
    {
        if (!parseNot(out, negated, after))
            return false;
        for (;;) {
            if (peek().kind == Kind::And) {
                ++m_pos;
                out += QStringLiteral(" AND ");
                const Kind op = Kind::And;
                if (!parseNot(out, negated, &op))
                    return false;
            } else if (startsOperand()) {
                out += QStringLiteral(" AND "); // FTS5 has no implicit AND after a ")"
                if (!parseNot(out, negated, nullptr))
                    return false;
            } else {
                return true;
            }
        }
    }

    bool parseNot(QString &out, bool negated, const Kind *after)
    {
        if (!parsePrimary(out, negated, after))
            return false;
        while (peek().kind == Kind::Not) {
            ++m_pos;
            out += QStringLiteral(" NOT ");
            const Kind op = Kind::Not;
            if (!parsePrimary(out, true, &op)) // what NOT excludes is not highlighted
                return false;
        }
        return true;
    }

    bool parsePrimary(QString &out, bool negated, const Kind *after)
    {
        const Token &t = peek();
        switch (t.kind) {
        case Kind::Text:
            out += quoted(t.text, t.prefix);
            if (!negated)
                addTerms(t);
            ++m_pos;
            return true;
        case Kind::Open: {
            ++m_pos;
            if (peek().kind == Kind::Close)
                return fail(QStringLiteral("Empty parentheses \u201c()\u201d: put words between them or leave them out."));
            out += QLatin1Char('(');
            const Kind open = Kind::Open;
            if (!parseOr(out, negated, &open))
                return false;
            if (peek().kind != Kind::Close)
                return fail(QStringLiteral("A \u201c(\u201d is not closed with \u201c)\u201d."));
            ++m_pos;
            out += QLatin1Char(')');
            return true;
        }
        case Kind::End:
            if (after && *after == Kind::Open)
                return fail(QStringLiteral("A \u201c(\u201d is not closed with \u201c)\u201d."));
            return fail(operandMessage(after ? *after : Kind::Or));
        case Kind::Close:
            if (!after || *after == Kind::Open)
                return fail(QStringLiteral("A \u201c)\u201d has no \u201c(\u201d before it."));
            return fail(operandMessage(*after));
        default: // an operator where a word belongs: name that operator (or the one before it)
            return fail(operandMessage(after && *after != Kind::Open ? *after : t.kind));
        }
    }

    void addTerms(const Token &t)
    {
        std::vector<SearchQuery::Term> terms;
        forEachToken(t.text, [&](qsizetype start, qsizetype length) {
            terms.push_back({SearchQuery::fold(QStringView(t.text).mid(start, length)), false});
        });
        if (t.prefix && !terms.empty())
            terms.back().prefix = true;
        q.m_terms.insert(q.m_terms.end(), terms.begin(), terms.end());
    }
};

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    query.m_text = text;
    SearchQueryParser(query).run();
    if (!query.m_error.isEmpty())
        query.m_fts.clear();
    return query;
}

QString SearchQuery::fold(QStringView token)
{
    bool ascii = true;
    for (QChar c : token)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) // the common case, without normalization
        return token.toString().toLower();
    const QString decomposed = token.toString().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result.toCaseFolded();
}

std::vector<TextRange> SearchQuery::matchesIn(QStringView text) const
{
    std::vector<TextRange> result;
    if (m_terms.empty())
        return result;
    forEachToken(text, [&](qsizetype start, qsizetype length) {
        const QString token = fold(text.mid(start, length));
        for (const Term &term : m_terms) {
            if (term.prefix ? token.startsWith(term.folded) : token == term.folded) {
                result.push_back({start, length});
                return;
            }
        }
    });
    return result;
}

} // namespace dateline
