#pragma once

#include "core/date/fuzzydate.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace dateline {

class DateField;

// Asks for a date range as two dates (EDTF or as people write them, as a DateField takes them),
// either of which may be left empty (an open end), with the date fields' live feedback and a
// message when the end lies before the start.
class DateRangeDialog : public QDialog {
    Q_OBJECT
public:
    explicit DateRangeDialog(const FuzzyDate &range, QWidget *parent = nullptr);

    DateField *fromField() const { return m_from; }
    DateField *toField() const { return m_to; }
    // The range the fields describe: invalid when both are empty or the text does not parse.
    FuzzyDate range() const;
    bool isAcceptable() const;

private:
    void update();

    DateField *m_from;
    DateField *m_to;
    QLabel *m_message;
    QPushButton *m_ok = nullptr;
};

} // namespace dateline
