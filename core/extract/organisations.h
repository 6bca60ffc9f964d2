#pragma once

#include <QHash>
#include <QString>

namespace dateline::extract {

// A body the actor recognizer knows by name: its country (for national bodies: the Duma is
// Russia's) and the name it is labelled by, so that "EU" and "European Union", "U.N." and
// "United Nations" are one actor.
struct OrganisationEntry {
    QString country;
    QString label;
};

// The bodies by name as written ("EU", "European Union", "Hamas" …).
const QHash<QString, OrganisationEntry> &organisationTable();

} // namespace dateline::extract
