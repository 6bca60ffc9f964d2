#include "core/date/fuzzydate.h"

#include "core/date/calendar.h"
#include "core/date/edtfsyntax.h"

namespace dateline {

struct FuzzyDate::Data {
    edtf::Parsed parsed;
    DateBounds bounds;
    DatePrecision precision = DatePrecision::Day;
};

FuzzyDate::FuzzyDate() = default;
FuzzyDate::FuzzyDate(const FuzzyDate &) = default;
FuzzyDate &FuzzyDate::operator=(const FuzzyDate &) = default;
FuzzyDate::FuzzyDate(FuzzyDate &&) noexcept = default;
FuzzyDate &FuzzyDate::operator=(FuzzyDate &&) noexcept = default;
FuzzyDate::~FuzzyDate() = default;

FuzzyDate FuzzyDate::fromEdtf(QStringView text, QString *errorMessage)
{
    auto data = std::make_shared<Data>();
    QString error;
    if (!edtf::parse(text, data->parsed, &error)
        || !edtf::analyse(data->parsed, data->bounds, data->precision, &error)) {
        if (errorMessage)
            *errorMessage = error;
        return {};
    }
    if (errorMessage)
        errorMessage->clear();
    FuzzyDate result;
    result.d = std::move(data);
    return result;
}

FuzzyDate FuzzyDate::fromDay(const CivilDate &day)
{
    if (!calendar::isValid(day) || day.year > edtf::kMaxYear || day.year < -edtf::kMaxYear)
        return {};
    auto data = std::make_shared<Data>();
    edtf::Item item;
    item.a.year = day.year;
    item.a.negativeYear = day.year < 0;
    item.a.month = day.month;
    item.a.day = day.day;
    item.a.components = 3;
    if (item.a.isLongYear()) { // EDTF has no month or day for Y-years: keep the year only
        item.a.month = item.a.day = 0;
        item.a.components = 1;
    }
    data->parsed.items.push_back(item);
    if (!edtf::analyse(data->parsed, data->bounds, data->precision, nullptr))
        return {};
    FuzzyDate result;
    result.d = std::move(data);
    return result;
}

bool FuzzyDate::isValid() const
{
    return d != nullptr;
}

bool FuzzyDate::isInterval() const
{
    return d && d->parsed.kind == edtf::Parsed::Kind::Interval;
}

bool FuzzyDate::isSet() const
{
    return d
        && (d->parsed.kind == edtf::Parsed::Kind::OneOf || d->parsed.kind == edtf::Parsed::Kind::AllOf);
}

bool FuzzyDate::hasOpenStart() const
{
    if (!d)
        return false;
    const auto kind = d->parsed.items.front().kind;
    return kind == edtf::Item::Kind::Open || kind == edtf::Item::Kind::OrEarlier;
}

bool FuzzyDate::hasOpenEnd() const
{
    if (!d)
        return false;
    const auto kind = d->parsed.items.back().kind;
    return kind == edtf::Item::Kind::Open || kind == edtf::Item::Kind::OrLater;
}

bool FuzzyDate::hasUnknownStart() const
{
    return isInterval() && d->parsed.items.front().kind == edtf::Item::Kind::Unknown;
}

bool FuzzyDate::hasUnknownEnd() const
{
    return isInterval() && d->parsed.items.back().kind == edtf::Item::Kind::Unknown;
}

static std::uint8_t allQualifiers(const edtf::Parsed &parsed)
{
    std::uint8_t q = 0;
    for (const edtf::Item &item : parsed.items)
        q |= item.a.allQualifiers() | item.b.allQualifiers();
    return q;
}

bool FuzzyDate::isUncertain() const
{
    return d && (allQualifiers(d->parsed) & edtf::Uncertain);
}

bool FuzzyDate::isApproximate() const
{
    return d && (allQualifiers(d->parsed) & edtf::Approximate);
}

DatePrecision FuzzyDate::precision() const
{
    return d ? d->precision : DatePrecision::Day;
}

DateBounds FuzzyDate::bounds() const
{
    return d ? d->bounds : DateBounds{};
}

QString FuzzyDate::toEdtf() const
{
    return d ? edtf::writeEdtf(d->parsed) : QString();
}

QString FuzzyDate::toDisplayString() const
{
    return d ? edtf::displayString(d->parsed) : QString();
}

bool operator==(const FuzzyDate &a, const FuzzyDate &b)
{
    if (a.d == b.d)
        return true;
    if (!a.d || !b.d)
        return false;
    return a.d->parsed == b.d->parsed;
}

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Second:
        return QStringLiteral("second");
    case DatePrecision::Minute:
        return QStringLiteral("minute");
    case DatePrecision::Hour:
        return QStringLiteral("hour");
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Season:
        return QStringLiteral("season");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Decade:
        return QStringLiteral("decade");
    case DatePrecision::Century:
        return QStringLiteral("century");
    case DatePrecision::Millennium:
        return QStringLiteral("millennium");
    }
    return {};
}

} // namespace dateline
