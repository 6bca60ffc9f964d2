#pragma once

#include <QString>
#include <QWidget>

#include <cstdint>
#include <vector>

namespace dateline {

enum class EntityKind : std::uint8_t; // core/model/entityref.h (its <compare> trips moc)

class Document;
class DocumentController;

// The fields of one kind of entity (actor, place, source, era) in the Library. An EntityTab puts
// a list above it and Add/Apply/Delete below; the form knows how to read, check and write its
// kind, always through the command layer (one undoable step per change).
class EntityForm : public QWidget {
    Q_OBJECT
public:
    struct Item {
        std::int64_t id = 0;
        QString text;   // the list entry
        QString search; // what the filter matches, lower case
    };

    using QWidget::QWidget;

    virtual EntityKind kind() const = 0;
    virtual QString noun() const = 0; // "actor": for buttons and messages
    virtual std::vector<Item> items(const Document &document) const = 0;
    // Fills the fields from the stored entity, or blanks them for a new one (id 0).
    virtual void load(const Document &document, std::int64_t id) = 0;
    // Why the fields cannot be saved, as one sentence; empty when they can.
    virtual QString problem() const = 0;
    // Each writes through controller.edit() and returns false (nothing changed) when refused.
    virtual std::int64_t add(DocumentController &controller) = 0; // the new id, 0 on failure
    virtual bool update(DocumentController &controller, std::int64_t id) = 0;
    virtual bool remove(DocumentController &controller, std::int64_t id) = 0;

Q_SIGNALS:
    void edited(); // any field changed by the user
};

} // namespace dateline
