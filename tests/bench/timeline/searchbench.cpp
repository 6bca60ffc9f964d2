#include "searchbench.h"

#include "core/store/document.h"
#include "core/store/searchquery.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <ctime>
#include <map>

namespace dateline {

namespace {

struct Query {
    const char *cls;
    const char *text;
};

// The generator's vocabulary (tests/bench/timeline/benchgenerator.cpp): eight English words, and
// the same in Russian, Arabic and Chinese, in titles and quotes; three rare title words.
constexpr Query kQueries[] = {
    {"rare", "ceasefire"},          {"rare", "embargo"},           {"rare", "ultimatum"},
    {"common", "summit"},           {"common", "talks"},           {"common", "переговоры"},
    {"common", "missile sanctions"}, {"phrase", "\"missile defence\""}, {"phrase", "\"trade talks\""},
    {"phrase", "\"ministers border visit\""}, {"prefix", "t*"}, {"prefix", "s*"}, {"prefix", "tr*"},
    {"prefix", "vis*"},             {"prefix", "mi*"},             {"boolean", "summit NOT talks"},
    {"boolean", "embargo OR ceasefire"}, {"boolean", "(treaty OR accord) ultimatum"},
    {"boolean", "ceasefire summit"},
};
constexpr int kRuns = 7;

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double pct(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

QJsonObject measureSearch(const Document &document)
{
    std::vector<double> all, allCpu;
    std::map<QString, std::vector<double>> byClass;
    QJsonArray perQuery;
    for (const Query &q : kQueries) {
        const SearchQuery query = SearchQuery::parse(QString::fromUtf8(q.text));
        std::vector<double> ms;
        SearchResults results;
        for (int run = 0; run < kRuns; ++run) {
            QElapsedTimer timer;
            const double cpu0 = threadCpuMs();
            timer.start();
            results = document.search(query, 100);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            allCpu.push_back(threadCpuMs() - cpu0);
        }
        all.insert(all.end(), ms.begin(), ms.end());
        auto &cls = byClass[QString::fromLatin1(q.cls)];
        cls.insert(cls.end(), ms.begin(), ms.end());
        perQuery.append(QJsonObject{{QStringLiteral("query"), query.text()},
                                    {QStringLiteral("class"), QString::fromLatin1(q.cls)},
                                    {QStringLiteral("hits"), double(results.hits.size())},
                                    {QStringLiteral("total"), double(results.total)},
                                    {QStringLiteral("total_capped"), results.totalIsLowerBound},
                                    {QStringLiteral("error"), results.error},
                                    {QStringLiteral("first_ms"), ms.front()},
                                    {QStringLiteral("p50_ms"), pct(ms, 0.5)},
                                    {QStringLiteral("max_ms"), *std::max_element(ms.begin(), ms.end())}});
    }
    QJsonObject classes;
    for (const auto &[name, ms] : byClass)
        classes.insert(name, QJsonObject{{QStringLiteral("p50"), pct(ms, 0.5)}, {QStringLiteral("p95"), pct(ms, 0.95)}});
    QElapsedTimer timer;
    timer.start();
    const std::size_t marks = document.searchMarks(SearchQuery::parse(QStringLiteral("summit")), 10'000'000).size();
    const double marksMs = double(timer.nsecsElapsed()) / 1e6;
    return {
        {QStringLiteral("search_ms_p50"), pct(all, 0.5)},
        {QStringLiteral("search_ms_p95"), pct(all, 0.95)},
        {QStringLiteral("search_ms_max"), *std::max_element(all.begin(), all.end())},
        // CPU time of the searching thread: the figure to trust when other processes share the cores
        {QStringLiteral("search_cpu_ms_p50"), pct(allCpu, 0.5)},
        {QStringLiteral("search_cpu_ms_p95"), pct(allCpu, 0.95)},
        {QStringLiteral("search_classes"), classes},
        {QStringLiteral("search_queries"), perQuery},
        {QStringLiteral("search_marks_ms"), marksMs},
        {QStringLiteral("search_marks"), double(marks)},
    };
}

} // namespace dateline
