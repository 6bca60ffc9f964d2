#include "app/gui/library/entitytab.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/inspector/inspectorstyle.h"
#include "app/gui/library/entityform.h"
#include "app/gui/library/entitylistmodel.h"
#include "core/edit/documentchange.h"
#include "core/store/document.h"
#include "core/store/documentreader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QVBoxLayout>

namespace dateline {

EntityTab::EntityTab(EntityForm *form, DocumentController *controller, QWidget *parent)
    : QWidget(parent)
    , m_form(form)
    , m_controller(controller)
    , m_filter(new QLineEdit)
    , m_model(new EntityListModel(this))
    , m_list(new QListView)
    , m_message(new QLabel)
    , m_new(new QPushButton(tr("New")))
    , m_save(new QPushButton)
    , m_delete(new QPushButton(tr("Delete")))
    , m_reader(new DocumentReader(this))
{
    setObjectName(form->noun() + QStringLiteral("Tab"));
    m_filter->setPlaceholderText(tr("Filter %1s").arg(form->noun()));
    m_filter->setClearButtonEnabled(true);
    m_list->setModel(m_model);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        QScopedValueRollback<bool> loading(m_loading, true);
        m_model->setFilter(text);
        showRow(m_model->rowOf(m_current));
    });
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long titles elide; the tooltip has them
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid() && !m_loading)
            select(m_model->idAt(index.row()));
    });

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::WindowText, inspector::warningColor(warning));
    m_message->setPalette(warning);

    m_new->setToolTip(tr("Blank the form to add a new %1").arg(form->noun()));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_delete->setObjectName(QStringLiteral("delete"));
    connect(m_new, &QPushButton::clicked, this, &EntityTab::newEntity);
    connect(m_save, &QPushButton::clicked, this, &EntityTab::save);
    connect(m_delete, &QPushButton::clicked, this, &EntityTab::removeCurrent);
    connect(form, &EntityForm::edited, this, &EntityTab::formEdited);

    auto *listArea = new QWidget;
    auto *listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_list, 1);

    auto *formArea = new QWidget;
    auto *formLayout = new QVBoxLayout(formArea);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(form);
    formLayout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    formLayout->addLayout(buttons);
    formLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listArea);
    splitter->addWidget(formArea);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(controller, &DocumentController::documentOpened, this, [this] {
        m_current = 0;
        m_dirty = false;
        reload();
    });
    connect(controller, &DocumentController::documentClosed, this, [this] {
        m_current = 0;
        m_dirty = false;
        reload();
    });
    connect(controller, &DocumentController::documentEdited, this, &EntityTab::documentEdited);
    connect(m_reader, &DocumentReader::failed, this, [this](const QString &error) {
        setReading(false);
        m_controller->reportError(tr("Cannot read the %1s").arg(m_form->noun()), error);
    });
    reload();
}

QString EntityTab::message() const
{
    return m_message->text();
}

EntityListModel *EntityTab::model()
{
    ensureLoaded();
    return m_model;
}

void EntityTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void EntityTab::ensureLoaded()
{
    if (m_stale)
        load();
}

void EntityTab::reload()
{
    m_stale = true;
    if (isVisible()) {
        load();
    } else {
        m_reader->cancel(); // read again when shown; meanwhile no connection to a closed file
        setReading(false);
    }
}

namespace {

qint64 count(const DocumentInfo &info, EntityKind kind)
{
    switch (kind) {
    case EntityKind::Actor: return info.actors;
    case EntityKind::Place: return info.places;
    case EntityKind::Source: return info.sources;
    case EntityKind::Era: return info.eras;
    default: return 0;
    }
}

} // namespace

void EntityTab::load()
{
    m_stale = false;
    const Document *document = m_controller->document();
    if (document && !document->path().isEmpty() && count(document->info(), m_form->kind()) > m_backgroundLoadAbove) {
        // Forms read only the document they are given: items() is safe on the worker thread.
        m_reader->request(document->path(), [this, form = m_form](const Document &own) {
            auto items = std::make_shared<std::vector<EntityForm::Item>>(form->items(own));
            return [this, items] { // on the GUI thread, if no newer load came
                setReading(false);
                setItems(std::move(*items));
            };
        });
        setReading(true);
        if (!m_dirty) { // the form is filled meanwhile (the list keeps its entries until then)
            QScopedValueRollback<bool> loading(m_loading, true);
            loadForm(*document);
        }
        updateState();
        return;
    }
    m_reader->cancel();
    setReading(false);
    std::vector<EntityForm::Item> items;
    if (document) {
        try {
            items = m_form->items(*document);
        } catch (const StoreError &error) {
            m_controller->reportError(tr("Cannot read the %1s").arg(m_form->noun()), QString::fromUtf8(error.what()));
        }
    }
    setItems(std::move(items));
}

void EntityTab::setItems(std::vector<EntityForm::Item> items)
{
    const Document *document = m_controller->document();
    {
        QScopedValueRollback<bool> loading(m_loading, true);
        m_model->setItems(std::move(items));
        if (m_current != 0 && !m_model->contains(m_current)) { // it went away (deleted, or its addition undone)
            m_current = 0;
            m_dirty = false;
        }
        showRow(m_model->rowOf(m_current));
        if (!m_dirty && document)
            loadForm(*document);
    }
    updateState();
}

bool EntityTab::isReading() const
{
    return m_reader->isBusy();
}

void EntityTab::setReading(bool reading)
{
    m_list->setEnabled(!reading);
    m_filter->setPlaceholderText(reading ? tr("Reading the %1s…").arg(m_form->noun()) : tr("Filter %1s").arg(m_form->noun()));
    if (reading)
        m_list->viewport()->setCursor(Qt::BusyCursor);
    else
        m_list->viewport()->unsetCursor();
}

void EntityTab::loadForm(const Document &document)
{
    m_form->load(document, m_current);
    for (QLineEdit *edit : m_form->findChildren<QLineEdit *>())
        edit->setCursorPosition(0); // the start of a long title, not its end
}

void EntityTab::documentEdited(const DocumentChange &change)
{
    if (change.touches(m_form->kind()))
        reload();
}

void EntityTab::showRow(int row)
{
    if (row < 0) {
        m_list->setCurrentIndex({});
        m_list->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void EntityTab::select(std::int64_t id)
{
    ensureLoaded();
    m_current = id;
    m_dirty = false;
    QScopedValueRollback<bool> loading(m_loading, true);
    if (const Document *document = m_controller->document())
        loadForm(*document);
    showRow(id == 0 ? -1 : m_model->rowOf(id));
    updateState();
}

void EntityTab::formEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    updateState();
}

void EntityTab::updateState()
{
    const bool writable = m_controller->hasDocument() && !m_controller->isReadOnly();
    const QString problem = m_controller->hasDocument() ? m_form->problem() : QString();
    // Only once the user has typed: a blank new form is not a mistake yet.
    m_message->setText(m_dirty ? problem : QString());
    m_message->setVisible(m_dirty && !problem.isEmpty());
    m_form->setEnabled(writable);
    m_new->setEnabled(writable);
    m_save->setText(m_current == 0 ? tr("Add %1").arg(m_form->noun()) : tr("Apply"));
    m_save->setEnabled(writable && m_dirty && problem.isEmpty());
    m_delete->setEnabled(writable && m_current != 0);
}

bool EntityTab::save()
{
    if (!m_controller->hasDocument() || m_controller->isReadOnly() || !m_dirty)
        return false;
    if (!m_form->problem().isEmpty()) { // never commit what the form calls invalid
        updateState();
        return false;
    }
    if (m_current == 0) {
        const std::int64_t id = m_form->add(*m_controller);
        if (id == 0)
            return false;
        m_dirty = false;
        m_current = id;
        m_filter->clear(); // the new entry must be visible
        reload();
        return true;
    }
    if (!m_form->update(*m_controller, m_current))
        return false;
    m_dirty = false;
    reload();
    return true;
}

bool EntityTab::removeCurrent()
{
    if (m_current == 0 || m_controller->isReadOnly())
        return false;
    const std::int64_t id = m_current;
    if (!m_form->remove(*m_controller, id))
        return false;
    m_current = 0;
    m_dirty = false;
    reload();
    return true;
}

} // namespace dateline
