#pragma once

#include "core/date/fuzzydate.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace dateline {

// A date field with live feedback: below the text, what the date means as you type
// ("17–18 Mar 2008 (2 days)") or, in a warning colour, what is wrong with it (the parser's
// message). It takes EDTF, and the forms people write ("17 March 2008", "17–18 Mar 2008",
// "c. 1550", "from Mar 2008"; numeric dates in the order of the user's locale), which the feedback
// shows in EDTF and a commit writes as EDTF. Only a valid date (or an empty field, "no date") is
// ever committed: Enter or leaving the field emits dateCommitted when the date differs from the
// one shown; Esc reverts typing not yet committed (with none, Esc is left to the window: a dialog
// closes).
class DateField : public QWidget {
    Q_OBJECT
public:
    enum class Emptiness : std::uint8_t { Allowed, Refused };

    explicit DateField(QWidget *parent = nullptr);
    ~DateField() override;

    // Shows date (an invalid date: empty) and forgets any unfinished typing.
    void setDate(const FuzzyDate &date);
    FuzzyDate date() const { return m_date; } // the last date set or committed
    void setEmptiness(Emptiness emptiness) { m_emptiness = emptiness; }

    // The typed text parses (or is an allowed empty field).
    bool isAcceptable() const;
    // Differs from date() (whether acceptable or not).
    bool isModified() const;
    // Commits the typed text if it is acceptable and changed; returns whether it did.
    bool commit();
    void revert();

    QLineEdit *lineEdit() const { return m_edit; }
    QString feedbackText() const;
    bool showsError() const { return m_error; }

    // "2 days", "about 3 years", "5 hours": the length of a span of seconds, for people.
    static QString durationText(TimePoint seconds);
    // "17–18 Mar 2008 (2 days)": the display string and how long the date lasts, when known.
    static QString describe(const FuzzyDate &date);
    // The typed text as a date: EDTF, else a written form read with the locale's day order. A
    // text ending in "-" is taken for unfinished EDTF, not "from …". Invalid, with a reason, when
    // neither reads it (the written form's reason when the text has words or spaces).
    static FuzzyDate parse(const QString &text, QString *error = nullptr);

Q_SIGNALS:
    void dateCommitted(const dateline::FuzzyDate &date);

private:
    void updateFeedback();

    QLineEdit *m_edit;
    QLabel *m_feedback;
    FuzzyDate m_date;
    Emptiness m_emptiness = Emptiness::Allowed;
    bool m_error = false;
};

} // namespace dateline
