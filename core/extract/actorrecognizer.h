#pragma once

#include "core/extract/token.h"
#include "core/model/entities.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dateline::extract {

// A mention of an actor in text (UTF-16 offsets, end exclusive).
struct ActorMention {
    int start = 0;
    int end = 0;
    QString text;       // as written: "Moscow", "Russian", "Foreign Minister Sergei Lavrov"
    QString label;      // what it names: "Russia", "Sergei Lavrov"
    ActorKind kind = ActorKind::State;
    QString country;    // ISO 3166-1 alpha-3 when known
    ActorId id;         // set when it is one of the document's actors
    bool place = false; // "in Moscow": a place, not the government
};

// Recognises actors: countries by name, short form and demonym ("Russia", "U.S.", "Russian"),
// capitals and seats of government standing for governments ("Moscow", "the Kremlin" — but
// "in Moscow" is a place), a few international organisations, the document's own actors by label
// and alias, and people introduced by a title ("Foreign Minister Sergei Lavrov"), who are then
// found again by surname ("Lavrov").
class ActorRecognizer {
public:
    explicit ActorRecognizer(std::vector<Actor> knownActors = {});

    std::vector<ActorMention> recognize(const QString &text) const;
    // The same with text's tokens (tokenize(text)) made already.
    std::vector<ActorMention> recognize(const QString &text, const std::vector<Token> &tokens) const;

    // The other names of an organisation known by this label ("EU", for "European Union"), so that a
    // document's actor written either way is found again.
    static QStringList organisationAliases(const QString &label);

private:
    std::vector<Actor> m_known;
};

} // namespace dateline::extract
