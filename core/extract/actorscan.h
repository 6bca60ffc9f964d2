#pragma once

#include "core/extract/actorrecognizer.h"
#include "core/extract/countrynames.h"
#include "core/extract/organisations.h"
#include "core/extract/token.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

// The actor recognizer's generic rules over one text (internal to ActorRecognizer): titled names,
// names a title, a quotation or a meeting shows to be people, countries and bodies, and surnames of
// people named before. Split by what the rules look at: actorscan.cpp (the token-by-token scan),
// actorscantitles.cpp (a title and the name it introduces), untitlednames.cpp (names without a title
// before them).
namespace dateline::extract {

struct ActorScan {
    ActorScan(const QString &text, const std::vector<Token> &tokens); // tokens: tokenize(text)

    // Two passes: the first learns the names titles introduce, so that the second knows them before
    // the sentence that titles them ("Trump will meet Vladimir Putin … President Vladimir Putin
    // said"); between them, the bare names (a title's full name wins: "President Bush" over "Other
    // Bush").
    std::vector<ActorMention> run();

    const QString &text;
    const std::vector<Token> &t;
    const int n;
    const CountryNames &countries;
    const QHash<QString, OrganisationEntry> &organisations;
    QHash<QString, ActorMention> surnames; // "Lavrov" -> the person first named with a title
    std::vector<ActorMention> out;

    // Word lists the rules share.
    static const QSet<QString> &notNames();    // words that open a phrase, not a name
    static const QSet<QString> &titleStarts(); // the first words of the titles

    // actorscan.cpp
    QString slice(int a, int b) const { return text.mid(t[size_t(a)].begin, t[size_t(b)].end - t[size_t(a)].begin); }
    static bool isNameWord(const Token &w);
    bool nameWordAt(int e, int first) const;
    bool locative(int i) const;
    void rememberName(int from, int to, const ActorMention &m);
    ActorMention personNamed(int from, int to) const;
    void scan();
    int nameInApposition(int i);
    int countryOrBody(int i);
    bool inAnotherName(int i, int best, const CountryNames::Entry *entry) const;
    void knownSurname(int i);

    // actorscantitles.cpp
    struct TitleAt {
        int end = -1;                         // where the name after the title starts
        bool inCommas = false;                // "the prime minister, Keir Starmer,"
        int countryFrom = -1, countryTo = -1; // "President of France Emmanuel Macron": its tokens
        const CountryNames::Entry *country = nullptr;
    };
    TitleAt titleAt(int i) const;
    bool twoNameWords(int k) const;
    bool sameLine(int k) const;
    bool shouting(const Token &w) const;
    int titledNameEnd(int i, int from, bool capitalName, bool familyInCapitals) const;
    int titledName(int i);

    // untitlednames.cpp
    int nameBeforeItsTitle(int k) const;
    int nameAfterItsTitle(int k) const;
    int nameBesideQuotation(int k) const;
    bool opensName(int k) const;
    QSet<QString> firmNames() const;
    void learnBareNames();
    void learnMeetingNames();
};

} // namespace dateline::extract
