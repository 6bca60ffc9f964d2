#pragma once

#include "app/gui/library/entityform.h"

class QComboBox;
class QLineEdit;

namespace dateline {

struct Source;

// Source: a citation (title, publication, author, issued, URL, accessed) and its reliability
// grade A–F. Dates are EDTF; the URL, when given, must be an absolute web or file address.
class SourceForm : public EntityForm {
    Q_OBJECT
public:
    explicit SourceForm(QWidget *parent = nullptr);

    EntityKind kind() const override;
    QString noun() const override { return tr("source"); }
    std::vector<Item> items(const Document &document) const override;
    void load(const Document &document, std::int64_t id) override;
    QString problem() const override;
    std::int64_t add(DocumentController &controller) override;
    bool update(DocumentController &controller, std::int64_t id) override;
    bool remove(DocumentController &controller, std::int64_t id) override;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *issuedEdit() const { return m_issued; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *accessedEdit() const { return m_accessed; }
    QComboBox *reliabilityBox() const { return m_reliability; }

private:
    void fill(Source &source) const;

    QLineEdit *m_title;
    QLineEdit *m_publication;
    QLineEdit *m_author;
    QLineEdit *m_issued;
    QLineEdit *m_url;
    QLineEdit *m_accessed;
    QComboBox *m_reliability;
};

} // namespace dateline
