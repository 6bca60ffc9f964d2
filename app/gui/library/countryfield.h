#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace dateline {

class CountryCodes;

// An ISO 3166-1 alpha-3 code, typed or picked by code or name ("russ" offers "RUS — Russian
// Federation"); an alpha-2 code or an English name typed in full ("de", "Germany") stands for its
// alpha-3 code. The country's name shows beside the field.
class CountryField : public QWidget {
    Q_OBJECT
public:
    explicit CountryField(QWidget *parent = nullptr);
    CountryField(const CountryCodes &codes, QWidget *parent);

    QString code() const; // alpha-3 for a known country, else the text in upper case; empty when none
    // Sets the code without emitting edited(). The stored code is accepted as it is even if it is
    // no ISO code (imported files use others); a newly typed one must be known.
    void setCode(const QString &code);
    QString problem() const;
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void edited();

private:
    void updateName();

    const CountryCodes &m_codes;
    QLineEdit *m_edit;
    QLabel *m_name;
    QString m_stored;
};

} // namespace dateline
