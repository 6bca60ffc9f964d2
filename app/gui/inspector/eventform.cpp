#include "app/gui/inspector/eventform.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/inspector/datefield.h"
#include "app/gui/inspector/inspectorstyle.h"
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/model/cameo.h"
#include "core/store/document.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace dateline {

namespace {

constexpr EventStatus kStatuses[] = {EventStatus::Occurred, EventStatus::Planned, EventStatus::Announced,
                                     EventStatus::Reported, EventStatus::Denied};

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

void setLine(QLineEdit *edit, const QString &text, bool keepTyping)
{
    if (keepTyping && edit->isModified())
        return;
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0); // show a long title from its start
    }
    edit->setModified(false);
}

} // namespace

EventForm::EventForm(DocumentController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    build();
    setEvent(std::nullopt);
}

// A field that has the focus loses it while QWidget's destructor deletes it and emits
// editingFinished: by then this is no longer an EventForm, and no commit may run.
EventForm::~EventForm()
{
    for (QLineEdit *edit : {m_title, m_cameo, m_tags})
        disconnect(edit, nullptr, this, nullptr);
}

void EventForm::build()
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("title"));
    connect(m_title, &QLineEdit::editingFinished, this, &EventForm::commitTitle);
    inspector::onEscape(m_title, [this] { setLine(m_title, m_shown ? m_shown->title : QString(), false); });
    form->addRow(tr("&Title"), m_title);

    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("date"));
    connect(m_date, &DateField::dateCommitted, this,
            [this](const FuzzyDate &date) { change([&](Event &e) { e.date = date; }); });
    form->addRow(tr("&Date"), m_date);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    for (EventStatus s : kStatuses)
        m_status->addItem(statusName(s), int(s));
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        const auto status = EventStatus(m_status->itemData(index).toInt());
        change([&](Event &e) { e.status = status; });
    });
    form->addRow(tr("&Status"), m_status);

    m_cameo = new QLineEdit;
    m_cameo->setObjectName(QStringLiteral("cameo"));
    m_cameo->setPlaceholderText(tr("CAMEO event code, e.g. 040"));
    m_cameo->setMaxLength(8);
    m_cameoFeedback = inspector::plainLabel();
    m_cameoFeedback->setObjectName(QStringLiteral("cameoFeedback"));
    connect(m_cameo, &QLineEdit::textChanged, this, &EventForm::updateCameoFeedback);
    connect(m_cameo, &QLineEdit::editingFinished, this, &EventForm::commitCameo);
    inspector::onEscape(m_cameo, [this] { setLine(m_cameo, m_shown ? m_shown->cameoCode : QString(), false); });
    auto *cameoBox = new QWidget;
    auto *cameoLayout = new QVBoxLayout(cameoBox);
    cameoLayout->setContentsMargins(0, 0, 0, 0);
    cameoLayout->setSpacing(2);
    cameoLayout->addWidget(m_cameo);
    cameoLayout->addWidget(m_cameoFeedback);
    form->addRow(tr("&Type"), cameoBox);

    m_place = new EntityPicker;
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("Place"));
    m_place->setCreateLabel(tr("Create place “%1”"));
    connect(m_place, &EntityPicker::picked, this,
            [this](qint64 id) { change([&](Event &e) { e.place = PlaceId(id); }); });
    connect(m_place, &EntityPicker::createRequested, this, &EventForm::createPlace);
    form->addRow(tr("&Place"), m_place);

    m_importance = new QSpinBox;
    m_importance->setObjectName(QStringLiteral("importance"));
    m_importance->setRange(0, 100);
    m_importance->setKeyboardTracking(false); // one commit per finished value, not per digit
    m_importance->setToolTip(tr("0–100: more important events get their labels first"));
    connect(m_importance, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_loading)
            change([&](Event &e) { e.importance = value; });
    });
    form->addRow(tr("&Importance"), m_importance);

    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    connect(m_tags, &QLineEdit::editingFinished, this, &EventForm::commitTags);
    inspector::onEscape(m_tags, [this] { setLine(m_tags, m_shown ? m_shown->tags.join(QStringLiteral(", ")) : QString(), false); });
    form->addRow(tr("Ta&gs"), m_tags);

    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    m_description->installEventFilter(this);
    inspector::onEscape(m_description, [this] {
        m_description->setPlainText(m_shown ? m_shown->description : QString());
        m_description->document()->setModified(false);
    });
    form->addRow(tr("Desc&ription"), m_description);
    inspector::undoDocumentFromUnchangedFields(this);
}

void EventForm::setEvent(const std::optional<Event> &event)
{
    const bool same = event && event->id == m_event;
    if (!same)
        commitPending();
    m_loading = true;
    m_shown = event;
    m_event = event ? event->id : EventId();
    const Event e = event.value_or(Event());
    setLine(m_title, e.title, same);
    if (!same || !m_description->document()->isModified()) {
        if (m_description->toPlainText() != e.description)
            m_description->setPlainText(e.description);
        m_description->document()->setModified(false);
    }
    if (!same || !m_date->isModified())
        m_date->setDate(e.date);
    m_status->setCurrentIndex(m_status->findData(int(e.status)));
    setLine(m_cameo, e.cameoCode, same);
    if (!same || !m_place->isModified())
        m_place->setCurrentId(e.place.value);
    m_importance->setValue(e.importance);
    setLine(m_tags, e.tags.join(QStringLiteral(", ")), same);
    updateCameoFeedback();
    m_loading = false;
    setEnabled(event.has_value());
}

void EventForm::setPlaces(std::vector<EntityPicker::Item> places)
{
    m_place->setItems(std::move(places));
}

void EventForm::setReadOnly(bool readOnly)
{
    inspector::setFieldsReadOnly(this, readOnly);
}

void EventForm::commitPending()
{
    if (!m_event.isValid() || m_controller->isReadOnly())
        return;
    if (m_title->isModified())
        commitTitle();
    if (m_description->document()->isModified())
        commitDescription();
    m_date->commit(); // only when valid
    if (m_cameo->isModified())
        commitCameo();
    if (m_tags->isModified())
        commitTags();
    if (m_place->isModified())
        m_place->resolve();
}

bool EventForm::change(const std::function<void(Event &)> &apply)
{
    Document *document = m_controller->document();
    if (m_loading || !m_event.isValid() || !document || m_controller->isReadOnly())
        return true; // nothing to save
    // Re-read the event: another view may have changed other fields since it was shown.
    std::optional<Event> event = document->event(m_event);
    if (!event)
        return true;
    apply(*event);
    return m_controller->edit([&](Editor &editor) { commands::updateEvent(editor, *event); });
}

void EventForm::commitTitle()
{
    if (!m_title->isModified())
        return;
    m_title->setModified(false);
    const QString title = m_title->text().trimmed();
    if (!change([&](Event &e) { e.title = title; }))
        m_title->setModified(true); // not saved (a full disk): still the user's typing
}

void EventForm::commitDescription()
{
    m_description->document()->setModified(false);
    const QString text = m_description->toPlainText();
    if (!change([&](Event &e) { e.description = text; }))
        m_description->document()->setModified(true);
}

void EventForm::commitCameo()
{
    if (!m_cameo->isModified())
        return;
    const QString code = m_cameo->text().trimmed();
    bool ok = true;
    describeCameo(code, &ok);
    if (!ok)
        return; // the feedback says why; the field keeps the text to fix
    m_cameo->setModified(false);
    if (!change([&](Event &e) { e.cameoCode = code; }))
        m_cameo->setModified(true);
}

void EventForm::commitTags()
{
    if (!m_tags->isModified())
        return;
    m_tags->setModified(false);
    const QStringList tags = splitTags(m_tags->text());
    if (!change([&](Event &e) { e.tags = tags; }))
        m_tags->setModified(true);
}

void EventForm::createPlace(const QString &name)
{
    if (!m_event.isValid() || m_controller->isReadOnly())
        return;
    const EventId id = m_event;
    m_controller->edit([&](Editor &editor) {
        Document &document = editor.document();
        const QString label = tr("Add place %1").arg(labels::quoted(name));
        // One step: the new place and the event that names it undo together.
        editor.perform({QStringLiteral("add-event-place"), label}, [&] {
            Place place;
            place.name = name;
            const PlaceId placeId = commands::addPlace(editor, place);
            std::optional<Event> event = document.event(id);
            if (!event)
                return;
            event->place = placeId;
            commands::updateEvent(editor, *event);
        });
    });
}

QString EventForm::describeCameo(const QString &code, bool *ok)
{
    *ok = true;
    if (code.isEmpty())
        return tr("No event type");
    const int root = cameo::rootCode(code);
    if (root == 0 || code.size() > 4) {
        *ok = false;
        return tr("A CAMEO event code is 2 to 4 digits starting with a root from 01 to 20 (e.g. 040, 0421).");
    }
    return tr("%1 (root %2), %3")
        .arg(cameo::rootName(root), QStringLiteral("%1").arg(root, 2, 10, QLatin1Char('0')),
             cameo::quadClassName(cameo::quadClass(code)).toLower());
}

void EventForm::updateCameoFeedback()
{
    bool ok = true;
    m_cameoFeedback->setText(describeCameo(m_cameo->text().trimmed(), &ok));
    QPalette palette = m_cameoFeedback->palette();
    palette.setColor(QPalette::WindowText, ok ? inspector::dimColor(palette) : inspector::warningColor(palette));
    m_cameoFeedback->setPalette(palette);
}

bool EventForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut && m_description->document()->isModified())
        commitDescription();
    return QWidget::eventFilter(watched, event);
}

} // namespace dateline
