#include "core/extract/actorrecognizer.h"

#include "core/extract/actorscan.h"
#include "core/extract/lexicon.h"
#include "core/extract/officeholders.h"
#include "core/extract/organisations.h"

#include <QHash>

#include <algorithm>

namespace dateline::extract {

ActorRecognizer::ActorRecognizer(std::vector<Actor> knownActors)
    : m_known(std::move(knownActors))
{
}

QStringList ActorRecognizer::organisationAliases(const QString &label)
{
    QStringList names;
    const QHash<QString, OrganisationEntry> &table = organisationTable();
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        if (it.value().label == label && it.key() != label)
            names << it.key();
    names.sort();
    return names;
}

std::vector<ActorMention> ActorRecognizer::recognize(const QString &text) const
{
    return recognize(text, tokenize(text));
}

std::vector<ActorMention> ActorRecognizer::recognize(const QString &text, const std::vector<Token> &tokens) const
{
    std::vector<ActorMention> out = ActorScan(text, tokens).run();
    // The document's actors, by label and alias (and a person's surname).
    for (const Actor &actor : m_known) {
        QStringList names = actor.aliases;
        names.prepend(actor.label);
        if (actor.kind == ActorKind::Person && actor.label.contains(u' ')) {
            names << actor.label.section(u' ', -1);
            if (const QString first = actor.label.section(u' ', 0, 0); lexicon::familyNameFirst(first.toLower()))
                names << first;
        }
        for (const QString &name : names) {
            if (name.size() < 2)
                continue;
            for (qsizetype p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + name.size())) {
                const qsizetype e = p + name.size();
                if ((p > 0 && text.at(p - 1).isLetterOrNumber()) || (e < text.size() && text.at(e).isLetterOrNumber()))
                    continue;
                ActorMention m{int(p), int(e), name, actor.label, actor.kind, actor.country, actor.id, false};
                // A known actor replaces what the generic rules found at the same place.
                std::erase_if(out, [&](const ActorMention &o) { return o.start < m.end && m.start < o.end && !o.id.isValid(); });
                out.push_back(m);
            }
        }
    }
    // "Russian", "U.S." stand for the document's own state actor of that country when it has exactly
    // one ("Russia" labelled as the analyst wrote it), so an event does not list the country twice.
    QHash<QString, const Actor *> stateOf;
    for (const Actor &actor : m_known)
        if (actor.kind == ActorKind::State && !actor.country.isEmpty())
            stateOf.insert(actor.country, stateOf.contains(actor.country) ? nullptr : &actor);
    for (ActorMention &m : out)
        if (const Actor *known = m.id.isValid() || m.place || m.kind != ActorKind::State ? nullptr : stateOf.value(m.country)) {
            m.id = known->id;
            m.label = known->label;
        }
    std::sort(out.begin(), out.end(), [](const ActorMention &x, const ActorMention &y) { return x.start < y.start; });
    addOfficeHolders(text, out);
    return out;
}

} // namespace dateline::extract
