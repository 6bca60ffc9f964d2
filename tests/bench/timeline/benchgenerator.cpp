#include "benchgenerator.h"

#include "core/date/calendar.h"
#include "core/store/bulkimport.h"
#include "core/store/document.h"

#include <QStringList>

#include <cmath>
#include <random>

namespace dateline::bench {

namespace {

constexpr int kActors = 200;

const QStringList &words()
{
    static const QStringList w = {
        QStringLiteral("summit"), QStringLiteral("talks"), QStringLiteral("treaty"), QStringLiteral("envoy"),
        QStringLiteral("ministers"), QStringLiteral("sanctions"), QStringLiteral("visit"), QStringLiteral("accord"),
        QStringLiteral("встреча"), QStringLiteral("переговоры"), QStringLiteral("договор"), QStringLiteral("визит"),
        QStringLiteral("قمة"), QStringLiteral("محادثات"), QStringLiteral("اتفاق"), QStringLiteral("زيارة"),
        QStringLiteral("会谈"), QStringLiteral("峰会"), QStringLiteral("条约"), QStringLiteral("访问"),
        QStringLiteral("defence"), QStringLiteral("missile"), QStringLiteral("trade"), QStringLiteral("border")};
    return w;
}

QString phrase(std::mt19937_64 &rng, int count)
{
    QString s;
    for (int i = 0; i < count; ++i) {
        if (i)
            s += QLatin1Char(' ');
        s += words()[qsizetype(rng() % std::uint64_t(words().size()))];
    }
    return s;
}

} // namespace

bool generateDocument(const QString &path, std::uint32_t events, std::uint64_t seed, QString *error)
{
    std::unique_ptr<Document> doc = Document::create(path, error);
    if (!doc)
        return false;
    std::mt19937_64 rng(seed);
    // Rare title words for the search benchmark, from a generator of their own so that the rest of
    // the document is the same as without them.
    std::mt19937_64 rareRng(seed ^ 0x5eedULL);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    try {
        doc->setTitle(QStringLiteral("dateline-bench %1 events, seed %2").arg(events).arg(seed));
        // The importers' write path: one transaction, indexes and the search index built once.
        BulkImport edit(*doc, events);
        static const char *countries[] = {"USA", "RUS", "CHN", "FRA", "GBR", "DEU", "IRN", "EGY", "JPN", "BRA",
                                          "IND", "TUR", "POL", "CZE", "SAU", "UKR"};
        std::vector<ActorId> actors;
        std::vector<double> cumulative;
        double total = 0;
        for (int a = 0; a < kActors; ++a) {
            Actor actor;
            actor.label = QStringLiteral("%1 %2").arg(phrase(rng, 1)).arg(a + 1);
            actor.kind = a % 4 == 0 ? ActorKind::State : ActorKind::Person;
            actor.country = QLatin1StringView(countries[a % 16]);
            actors.push_back(edit.addActor(actor));
            total += 1.0 / std::pow(a + 1.0, 1.1); // Zipf-like lane sizes
            cumulative.push_back(total);
        }
        auto pickActor = [&] {
            const double r = unit(rng) * total;
            return actors[std::size_t(std::lower_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin())];
        };
        // bursts: centres weighted towards recent centuries, each a few days to a few years wide
        const TimePoint from = calendar::toTimePoint(CivilDate{1500, 1, 1});
        const TimePoint to = calendar::toTimePoint(CivilDate{2025, 1, 1});
        std::vector<std::pair<TimePoint, double>> bursts;
        for (int b = 0; b < 4000; ++b) {
            const double u = std::pow(unit(rng), 0.35); // skew towards the present
            bursts.emplace_back(from + TimePoint(u * double(to - from)),
                                kSecondsPerDay * std::exp(unit(rng) * std::log(2000.0)));
        }
        std::exponential_distribution<double> spread(1.0);

        for (std::uint32_t i = 0; i < events; ++i) {
            const auto &[centre, width] = bursts[std::size_t(std::min(3999.0, 4000 * std::pow(unit(rng), 2.0)))];
            TimePoint start = centre + TimePoint((unit(rng) < 0.5 ? -1 : 1) * spread(rng) * width);
            start = std::clamp(start, from, to - kSecondsPerDay);
            const CivilDate day = calendar::toCivil(start).date;
            Event e;
            const double kind = unit(rng);
            QString edtf;
            if (kind < 0.15) { // a range of days to decades
                const TimePoint length = TimePoint(kSecondsPerDay * std::exp(unit(rng) * std::log(365.0 * 30)));
                const CivilDate endDay = calendar::toCivil(std::min(start + length, to)).date;
                edtf = QStringLiteral("%1-%2-%3/%4-%5-%6")
                           .arg(day.year, 4, 10, QLatin1Char('0')).arg(day.month, 2, 10, QLatin1Char('0'))
                           .arg(day.day, 2, 10, QLatin1Char('0')).arg(endDay.year, 4, 10, QLatin1Char('0'))
                           .arg(endDay.month, 2, 10, QLatin1Char('0')).arg(endDay.day, 2, 10, QLatin1Char('0'));
            } else if (kind < 0.1503) { // very long
                edtf = QStringLiteral("%1/%2").arg(day.year).arg(std::min<std::int64_t>(2024, day.year + 50 + std::int64_t(rng() % 250)));
            } else if (kind < 0.20) {
                edtf = QStringLiteral("%1-%2").arg(day.year).arg(day.month, 2, 10, QLatin1Char('0'));
            }
            e.date = edtf.isEmpty() ? FuzzyDate::fromDay(day) : FuzzyDate::fromEdtf(edtf);
            e.title = phrase(rng, 2 + int(rng() % 4));
            const double rare = unit(rareRng);
            if (rare < 0.0001)
                e.title += QStringLiteral(" ceasefire"); // 1 in 10,000 events
            else if (rare < 0.0011)
                e.title += QStringLiteral(" embargo"); // 1 in 1,000
            else if (rare < 0.0111)
                e.title += QStringLiteral(" ultimatum"); // 1 in 100
            const int root = 1 + int(rng() % 20);
            e.cameoCode = QStringLiteral("%1%2").arg(root, 2, 10, QLatin1Char('0')).arg(rng() % 10);
            e.importance = int(std::min(100.0, 100 * std::pow(unit(rng), 3.0)));
            e.status = unit(rng) < 0.05 ? EventStatus::Planned : EventStatus::Occurred;
            const ActorId first = pickActor();
            e.actors.push_back({first, ActorRole::Initiator});
            if (unit(rng) < 0.5) {
                const ActorId second = pickActor();
                if (second != first)
                    e.actors.push_back({second, ActorRole::Target});
            }
            const EventId id = edit.addEvent(e);
            const int quotes = int(rng() % 4);
            for (int q = 0; q < quotes; ++q) {
                Quote quote;
                quote.text = phrase(rng, 6 + int(rng() % 10));
                quote.speaker = e.actors[std::size_t(q) % e.actors.size()].actor;
                quote.events = {id};
                edit.addQuote(quote);
            }
        }
        edit.commit();
    } catch (const StoreError &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

} // namespace dateline::bench
