#include "app/gui/inspector/sourcecreator.h"

#include "app/gui/admiralty.h"
#include "app/gui/inspector/inspectorstyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dateline {

SourceCreator::SourceCreator(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLineEdit)
    , m_publication(new QLineEdit)
    , m_url(new QLineEdit)
    , m_reliability(new QComboBox)
{
    setObjectName(QStringLiteral("sourceCreator"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_publication->setObjectName(QStringLiteral("sourcePublication"));
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_reliability->setObjectName(QStringLiteral("sourceReliability"));
    for (char grade = 'A'; grade <= 'F'; ++grade) {
        const QChar g = QLatin1Char(grade);
        m_reliability->addItem(tr("%1 — %2").arg(g).arg(admiralty::reliabilityName(g)), g);
    }
    m_reliability->setToolTip(admiralty::reliabilityScale());

    auto *create = new QPushButton(tr("Create Source"));
    create->setObjectName(QStringLiteral("createSource"));
    auto *cancel = new QPushButton(tr("Cancel"));
    connect(create, &QPushButton::clicked, this, &SourceCreator::accept);
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT cancelled();
    });
    for (QLineEdit *edit : {m_title, m_publication, m_url}) {
        connect(edit, &QLineEdit::returnPressed, this, &SourceCreator::accept);
        inspector::onEscape(edit, [cancel] { cancel->click(); });
    }

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(inspector::sectionLabel(tr("New source")));
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Publication"), m_publication);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("Reliability"), m_reliability);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(create);
    form->addRow(buttons);
    hide();
}

void SourceCreator::start(const QString &title)
{
    m_title->setText(title.trimmed());
    m_publication->clear();
    m_url->clear();
    m_reliability->setCurrentIndex(m_reliability->count() - 1); // F: not judged yet
    show();
    m_title->setFocus(Qt::OtherFocusReason);
}

Source SourceCreator::source() const
{
    Source source;
    source.title = m_title->text().trimmed();
    source.publication = m_publication->text().trimmed();
    source.url = m_url->text().trimmed();
    source.reliability = m_reliability->currentData().toChar();
    return source;
}

void SourceCreator::accept()
{
    const Source s = source();
    if (s.title.isEmpty()) {
        m_title->setFocus(Qt::OtherFocusReason);
        return;
    }
    hide();
    Q_EMIT accepted(s);
}

} // namespace dateline
