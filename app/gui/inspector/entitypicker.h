#pragma once

#include <QLineEdit>

#include <functional>
#include <vector>

class QCompleter;
class QStandardItemModel;

namespace dateline {

// A line edit that picks one entity (actor, place, source, event, quote) by name, completing
// from a list as you type (words anywhere in the name, any case). When creation is allowed, a
// name that matches nothing is offered as "Create place “X”" at the end of the list.
// Enter on an exact name or choosing a completion picks it; Enter on a new name, or leaving the
// field with one, asks to create it (a typed name is never dropped without a word). Without
// creation, leaving the field with an unknown name (or Esc) reverts to the current entity.
class EntityPicker : public QLineEdit {
    Q_OBJECT
public:
    struct Item {
        qint64 id = 0;
        QString name;
        QString detail = {}; // shown after the name in the list ("Russia", "2008-03-17")
    };
    // Items for the text typed so far (for lists too long to load at once, like events).
    using Search = std::function<std::vector<Item>(const QString &text)>;

    explicit EntityPicker(QWidget *parent = nullptr);

    void setItems(std::vector<Item> items);
    void setSearch(Search search, int minimumLength = 2);
    // "Create place “%1”"; empty (the default) offers no creation.
    void setCreateLabel(const QString &format);
    // What the picker should show: the entity with this id (0: none), with this name.
    void setCurrent(qint64 id, const QString &name);
    // Shows the name of id from the items (0 or unknown: empty).
    void setCurrentId(qint64 id);
    qint64 currentId() const { return m_currentId; }
    void revert();
    // Resolves the typed text as Enter would (used when the enclosing form commits): a new name
    // may ask to be created (createRequested).
    void resolve();

    QCompleter *entityCompleter() const { return m_completer; }

Q_SIGNALS:
    void picked(qint64 id); // 0 when the field was cleared
    void createRequested(const QString &name);

private:
    void rebuild(const QString &text);
    void activated(const QModelIndex &index);
    void choose(const QModelIndex &index); // a row of the list: pick it, or ask to create
    void finishEditing(bool createUnknown);
    bool offersCreation(const QString &text) const;
    qint64 exactMatch(const QString &text) const;

    QStandardItemModel *m_model;
    QCompleter *m_completer;
    std::vector<Item> m_items;
    Search m_search;
    int m_minimumLength = 2;
    QString m_createFormat;
    qint64 m_currentId = 0;
    QString m_currentName;
    bool m_choosing = false;
    bool m_resolvedByKey = false;
    bool m_modelStale = true;
};

} // namespace dateline
