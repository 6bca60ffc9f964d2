#include "app/gui/inspector/datefield.h"

#include "app/gui/inspector/inspectorstyle.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace dateline {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_feedback(inspector::plainLabel({}, this))
{
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setPlaceholderText(tr("EDTF, e.g. 2008-03-17/2008-03-18, 2008-03~, [..2008-03-26]"));
    m_edit->setToolTip(tr("Extended Date/Time Format (ISO 8601-2):\n"
                          "2008-03-17  a day\n2008-03  a month\n2008-03-17/2008-03-18  a span\n"
                          "2008-03-26?  uncertain\n2008-03~  approximate\n[..2008-03-26]  on or before\n"
                          "-0099  100 BCE"));
    m_feedback->setObjectName(QStringLiteral("dateFeedback"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_feedback);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &DateField::updateFeedback);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::commit);
    inspector::onEscape(m_edit, [this] { revert(); });
    updateFeedback();
}

// The line edit loses focus while QWidget's destructor deletes it and emits editingFinished: by
// then this is no longer a DateField, and commit() must not run (UBSan reports the call).
DateField::~DateField()
{
    disconnect(m_edit, nullptr, this, nullptr);
}

void DateField::setDate(const FuzzyDate &date)
{
    m_date = date;
    m_edit->setText(date.isValid() ? date.toEdtf() : QString());
    m_edit->setModified(false);
    updateFeedback();
}

bool DateField::isAcceptable() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return m_emptiness == Emptiness::Allowed;
    return FuzzyDate::fromEdtf(text).isValid();
}

bool DateField::isModified() const
{
    const QString text = m_edit->text().trimmed();
    return text != (m_date.isValid() ? m_date.toEdtf() : QString());
}

bool DateField::commit()
{
    if (!isModified() || !isAcceptable())
        return false;
    const QString text = m_edit->text().trimmed();
    const FuzzyDate date = text.isEmpty() ? FuzzyDate() : FuzzyDate::fromEdtf(text);
    if (date == m_date)
        return false;
    m_date = date;
    m_edit->setModified(false);
    Q_EMIT dateCommitted(date);
    return true;
}

void DateField::revert()
{
    setDate(m_date);
}

QString DateField::feedbackText() const
{
    return m_feedback->text();
}

QString DateField::durationText(TimePoint seconds)
{
    constexpr double kDaysPerYear = 365.2425;
    const auto count = [](qint64 n, const QString &one, const QString &many) {
        return (n == 1 ? one : many).arg(n);
    };
    if (seconds < kSecondsPerHour)
        return count(seconds / kSecondsPerMinute, tr("%1 minute"), tr("%1 minutes"));
    if (seconds < kSecondsPerDay)
        return count(seconds / kSecondsPerHour, tr("%1 hour"), tr("%1 hours"));
    const TimePoint days = seconds / kSecondsPerDay;
    const double years = double(days) / kDaysPerYear;
    const double whole = std::round(years);
    const bool wholeYears = days >= 365 && std::abs(years - whole) < 0.01 * whole; // 365 or 366 days: a year
    if (wholeYears && whole < 1e6)
        return count(qint64(whole), tr("%1 year"), tr("%1 years"));
    if (days < 732)
        return count(days, tr("%1 day"), tr("%1 days"));
    if (years < 1e6)
        return count(qint64(whole), tr("about %1 year"), tr("about %1 years"));
    return tr("about %1 years").arg(QLocale::c().toString(years, 'g', 3));
}

QString DateField::describe(const FuzzyDate &date)
{
    const QString text = date.toDisplayString();
    const DateBounds b = date.bounds();
    if (b.earliestStart <= kTimeMin || b.latestEnd >= kTimeMax)
        return text; // open: no length to tell
    const bool exact = b.earliestStart == b.latestStart && b.earliestEnd == b.latestEnd;
    if (exact)
        return tr("%1 (%2)").arg(text, durationText(b.latestEnd - b.earliestStart));
    // A fuzzy single date ("c. 17 Mar", "17 or 18 Mar") lasts its unit; its bounds only say where
    // it may lie, so a length from them would mislead. A fuzzy span has a shortest and longest.
    if (!date.isInterval())
        return text;
    const TimePoint shortest = b.earliestEnd - b.latestStart;
    const QString longest = durationText(b.latestEnd - b.earliestStart);
    if (shortest <= 0)
        return tr("%1 (up to %2)").arg(text, longest);
    const TimePoint longestDays = (b.latestEnd - b.earliestStart) / kSecondsPerDay;
    if (shortest % kSecondsPerDay == 0 && shortest >= kSecondsPerDay && longestDays < 732
        && longest.endsWith(tr(" days")))
        return tr("%1 (%2–%3 days)").arg(text).arg(shortest / kSecondsPerDay).arg(longestDays);
    return tr("%1 (%2 to %3)").arg(text, durationText(shortest), longest);
}

void DateField::updateFeedback()
{
    const QString text = m_edit->text().trimmed();
    QString message;
    m_error = false;
    if (text.isEmpty()) {
        m_error = m_emptiness == Emptiness::Refused;
        message = m_error ? tr("A date is required.") : tr("No date");
    } else {
        QString error;
        const FuzzyDate date = FuzzyDate::fromEdtf(text, &error);
        m_error = !date.isValid();
        message = m_error ? (error.isEmpty() ? tr("Not an EDTF date.") : error) : describe(date);
    }
    m_feedback->setText(message);
    QPalette palette = m_feedback->palette();
    palette.setColor(QPalette::WindowText, m_error ? inspector::warningColor(palette) : inspector::dimColor(palette));
    m_feedback->setPalette(palette);
    m_feedback->setAccessibleDescription(m_error ? tr("Error: %1").arg(message) : message);
}

} // namespace dateline
