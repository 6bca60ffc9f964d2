#include "app/gui/inspector/datefield.h"

#include "app/gui/inspector/inspectorstyle.h"
#include "core/io/dateforms.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dateline {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_feedback(inspector::plainLabel({}, this))
{
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setPlaceholderText(tr("e.g. 17–18 Mar 2008, 2008-03-17/2008-03-18, c. 1550, before 26 Mar 2008"));
    m_edit->setToolTip(tr("Extended Date/Time Format (ISO 8601-2):\n"
                          "2008-03-17  a day\n2008-03  a month\n2008-03-17/2008-03-18  a span\n"
                          "2008-03-26?  uncertain\n2008-03~  approximate\n[..2008-03-26]  on or before\n"
                          "2008-03/..  from March 2008 on\n-0099  100 BCE\n\n"
                          "or as people write dates: 17 March 2008, 17–18 Mar 2008, c. 1550,\n"
                          "before 26 March 2008, from Mar 2008, 44 BC (saved as EDTF)"));
    m_feedback->setObjectName(QStringLiteral("dateFeedback"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_feedback);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &DateField::updateFeedback);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::commit);
    // Esc with nothing typed is not ours: in the date filter's dialog it closes the dialog.
    inspector::onEscapeWhen(m_edit, [this] { return isModified(); }, [this] { revert(); });
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

FuzzyDate DateField::parse(const QString &text, QString *error)
{
    QString edtfError;
    if (const FuzzyDate edtf = FuzzyDate::fromEdtf(text, &edtfError); edtf.isValid())
        return edtf;
    if (text.endsWith(u'-')) {
        if (error)
            *error = edtfError;
        return {};
    }
    // Numeric dates in the locale's order: "M/d/yy" (United States) reads 03/04/2008 as March 4.
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    const qsizetype month = format.indexOf(u'M'), day = format.indexOf(u'd');
    const DayOrder order = month >= 0 && day >= 0 && month < day ? DayOrder::MonthFirst : DayOrder::DayFirst;
    QString formError;
    const FuzzyDate written = parseDateForm(text, order, &formError);
    if (!written.isValid() && error) {
        const bool words = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace() || c.isLower(); });
        *error = words && !formError.isEmpty() ? formError : edtfError;
    }
    return written;
}

bool DateField::isAcceptable() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return m_emptiness == Emptiness::Allowed;
    return parse(text).isValid();
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
    const FuzzyDate date = text.isEmpty() ? FuzzyDate() : parse(text);
    if (date == m_date) {
        setDate(m_date); // "17 March 2008" for the date shown: show it as EDTF again
        return false;
    }
    m_date = date;
    if (date.isValid() && text != date.toEdtf())
        m_edit->setText(date.toEdtf()); // what is saved
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
        const FuzzyDate date = parse(text, &error);
        m_error = !date.isValid();
        message = m_error ? (error.isEmpty() ? tr("Not a date.") : error) : describe(date);
        if (!m_error && text != date.toEdtf())
            message = tr("%1 · EDTF %2").arg(message, date.toEdtf());
    }
    m_feedback->setText(message);
    QPalette palette = m_feedback->palette();
    palette.setColor(QPalette::WindowText, m_error ? inspector::warningColor(palette) : inspector::dimColor(palette));
    m_feedback->setPalette(palette);
    m_feedback->setAccessibleDescription(m_error ? tr("Error: %1").arg(message) : message);
}

} // namespace dateline
