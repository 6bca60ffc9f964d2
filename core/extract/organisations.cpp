#include "core/extract/organisations.h"

namespace dateline::extract {

namespace {

// An organisation's name as written, its country (for national bodies) and, for a short form or a
// spelling variant, the name it is labelled by, so that "EU" and "European Union" are one actor.
struct Organisation {
    const char *name;
    const char *country;
    const char *label;
};
const Organisation kOrganisations[] = {
    {"NATO", "", ""}, {"European Union", "", ""}, {"EU", "", "European Union"}, {"United Nations", "", ""},
    {"UN", "", "United Nations"}, {"U.N.", "", "United Nations"}, {"Security Council", "", ""}, {"OSCE", "", ""},
    {"IAEA", "", ""}, {"World Trade Organization", "", ""}, {"WTO", "", "World Trade Organization"},
    {"International Monetary Fund", "", ""}, {"IMF", "", "International Monetary Fund"}, {"World Bank", "", ""},
    {"OPEC", "", ""}, {"G8", "", ""}, {"G20", "", ""}, {"ASEAN", "", ""}, {"African Union", "", ""}, {"Arab League", "", ""},
    {"Hamas", "PSE", ""}, {"Hezbollah", "LBN", ""}, {"Taliban", "AFG", ""}, {"Duma", "RUS", ""}, {"Congress", "USA", ""},
    {"Senate", "USA", ""}, {"Bundestag", "DEU", ""}, {"G7", "", ""}, {"BRICS", "", ""},
    {"Shanghai Cooperation Organisation", "", ""}, {"Shanghai Cooperation Organization", "", "Shanghai Cooperation Organisation"},
    {"SCO", "", "Shanghai Cooperation Organisation"}, {"Gulf Cooperation Council", "", ""}, {"GCC", "", "Gulf Cooperation Council"},
    {"European Commission", "", ""}, {"European Council", "", ""}, {"European Parliament", "", ""}, {"Council of Europe", "", ""},
    {"International Criminal Court", "", ""}, {"International Court of Justice", "", ""},
    {"ICJ", "", "International Court of Justice"}, {"UNRWA", "", ""}, {"UNHCR", "", ""}, {"UNESCO", "", ""}, {"UNICEF", "", ""},
    {"OECD", "", ""}, {"Mercosur", "", ""}, {"Interpol", "", ""}, {"Houthis", "YEM", ""}, {"Houthi", "YEM", "Houthis"},
    {"Islamic Jihad", "", ""}, {"Knesset", "ISR", ""}, {"APEC", "", ""}, {"OAS", "", "Organization of American States"},
    {"Organization of American States", "", ""}, {"OIC", "", "Organisation of Islamic Cooperation"},
    {"Organisation of Islamic Cooperation", "", ""},
    {"Organization of Islamic Cooperation", "", "Organisation of Islamic Cooperation"}, {"ECOWAS", "", ""},
    {"Economic Community of West African States", "", "ECOWAS"}, {"WHO", "", "World Health Organization"},
    {"World Health Organization", "", ""}, {"Foreign Office", "", ""}, {"National People's Congress", "CHN", ""},
    {"Human Rights Council", "", ""}};

} // namespace

const QHash<QString, OrganisationEntry> &organisationTable()
{
    static const QHash<QString, OrganisationEntry> table = [] {
        QHash<QString, OrganisationEntry> h;
        for (const Organisation &o : kOrganisations) {
            const QString name = QString::fromUtf8(o.name);
            h.insert(name, {QString::fromLatin1(o.country), *o.label ? QString::fromUtf8(o.label) : name});
        }
        return h;
    }();
    return table;
}

} // namespace dateline::extract
