#include "app/gui/library/countryfield.h"

#include "app/gui/countrycodes.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

namespace dateline {

CountryField::CountryField(QWidget *parent) : CountryField(CountryCodes::system(), parent) {}

CountryField::CountryField(const CountryCodes &codes, QWidget *parent)
    : QWidget(parent)
    , m_codes(codes)
    , m_edit(new QLineEdit)
    , m_name(new QLabel)
{
    m_edit->setPlaceholderText(tr("e.g. RUS"));
    m_edit->setToolTip(tr("A three- or two-letter ISO 3166 code or the country's English name; saved as the "
                          "three-letter code"));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMM")) + 24);
    auto *completer = new QCompleter(new QStringListModel(codes.entries(), this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_edit->setCompleter(completer);
    // Picking "RUS — Russia" keeps the code only.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &entry) {
        m_edit->setText(entry.left(3));
        Q_EMIT edited(); // setText is not an edit, but the user picked it
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        updateName();
        Q_EMIT edited();
    });
    connect(m_edit, &QLineEdit::textChanged, this, &CountryField::updateName);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_name, 1);
}

QString CountryField::code() const
{
    QString text = m_edit->text().simplified();
    // A whole completion entry pasted or typed: "RUS — Russian Federation" is RUS.
    if (text.indexOf(QStringLiteral(" — ")) == 3)
        text.truncate(3);
    // A name or an alpha-2 code is saved as the country's alpha-3 code.
    const QString known = m_codes.codeFor(text);
    return known.isEmpty() ? text.toUpper() : known;
}

void CountryField::setCode(const QString &code)
{
    m_stored = code;
    m_edit->setText(code);
}

QString CountryField::problem() const
{
    const QString c = code();
    if (c.isEmpty() || c == m_stored.toUpper() || m_codes.contains(c))
        return {};
    if (m_codes.isEmpty()) { // no iso-codes package: at least the shape
        static const QRegularExpression shape(QStringLiteral("^[A-Z]{3}$"));
        return shape.match(c).hasMatch() ? QString() : tr("A country is a three-letter ISO code such as RUS.");
    }
    return tr("“%1” is not an ISO 3166 country code or a country's English name; type a code such as RUS or "
              "part of a name.").arg(m_edit->text().simplified());
}

void CountryField::updateName()
{
    const QString c = code();
    const QString name = m_codes.name(c);
    // A name or alpha-2 code typed: the code it is saved as, too.
    const bool typedCode = m_edit->text().trimmed().compare(c, Qt::CaseInsensitive) == 0;
    m_name->setText(name.isEmpty() || typedCode ? name : tr("%1 (%2)").arg(name, c));
}

} // namespace dateline
