#include "app/gui/library/sourceform.h"

#include "app/gui/admiralty.h"
#include "app/gui/documentcontroller.h"
#include "app/gui/library/entitylistmodel.h"
#include "app/gui/library/fieldchecks.h"
#include "core/edit/commands.h"
#include "core/model/entityref.h"
#include "core/store/document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace dateline {

SourceForm::SourceForm(QWidget *parent)
    : EntityForm(parent)
    , m_title(new QLineEdit)
    , m_publication(new QLineEdit)
    , m_author(new QLineEdit)
    , m_issued(new QLineEdit)
    , m_url(new QLineEdit)
    , m_accessed(new QLineEdit)
    , m_reliability(new QComboBox)
{
    m_title->setObjectName(QStringLiteral("title"));
    m_issued->setObjectName(QStringLiteral("issued"));
    m_issued->setPlaceholderText(tr("EDTF, e.g. 2008-03-27"));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("https://…"));
    m_accessed->setObjectName(QStringLiteral("accessed"));
    m_accessed->setPlaceholderText(tr("EDTF, e.g. 2026-12-03"));
    m_reliability->setObjectName(QStringLiteral("reliability"));
    for (char grade = 'A'; grade <= 'F'; ++grade) {
        const QChar g = QLatin1Char(grade);
        m_reliability->addItem(QStringLiteral("%1 — %2").arg(g).arg(admiralty::reliabilityName(g)), QString(g));
    }
    m_reliability->setToolTip(admiralty::reliabilityScale());

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Title"), m_title);
    layout->addRow(tr("&Publication"), m_publication);
    layout->addRow(tr("A&uthor"), m_author);
    layout->addRow(tr("&Issued"), m_issued);
    layout->addRow(tr("U&RL"), m_url);
    layout->addRow(tr("A&ccessed"), m_accessed);
    layout->addRow(tr("Re&liability"), m_reliability);
    for (QLineEdit *edit : {m_title, m_publication, m_author, m_issued, m_url, m_accessed})
        connect(edit, &QLineEdit::textEdited, this, &EntityForm::edited);
    connect(m_reliability, &QComboBox::activated, this, &EntityForm::edited);
}

EntityKind SourceForm::kind() const
{
    return EntityKind::Source;
}

std::vector<EntityForm::Item> SourceForm::items(const Document &document) const
{
    std::vector<Item> result;
    const std::vector<SourceListRow> rows = document.sourceListRows(); // no dates: the list shows none
    result.reserve(rows.size());
    for (const SourceListRow &s : rows) {
        // A GDELT article is titled by its site: its URL tells it from the site's other articles.
        const auto urlOfSite = [&s](QLatin1StringView scheme) {
            return s.url.startsWith(scheme) && QStringView(s.url).sliced(scheme.size()).startsWith(s.title);
        };
        const bool titledBySite = !s.title.isEmpty() && (urlOfSite("https://"_L1) || urlOfSite("http://"_L1));
        QString text = s.title.isEmpty() || titledBySite ? s.url : s.title;
        if (!s.publication.isEmpty())
            text.append(u" — ").append(s.publication);
        text.append(u" [").append(s.reliability).append(u']');
        QString search;
        search.reserve(s.title.size() + s.publication.size() + s.author.size() + s.url.size() + 3);
        search.append(s.title).append(u' ').append(s.publication).append(u' ').append(s.author).append(u' ').append(s.url);
        result.push_back({s.id.value, std::move(text), std::move(search).toLower()});
    }
    EntityListModel::sortByText(result);
    return result;
}

void SourceForm::load(const Document &document, std::int64_t id)
{
    const Source source = document.source(SourceId(id)).value_or(Source{});
    m_title->setText(source.title);
    m_publication->setText(source.publication);
    m_author->setText(source.author);
    m_issued->setText(source.issued.isValid() ? source.issued.toEdtf() : QString());
    m_url->setText(source.url);
    m_accessed->setText(source.accessed.isValid() ? source.accessed.toEdtf() : QString());
    const int grade = m_reliability->findData(QString(source.reliability));
    m_reliability->setCurrentIndex(grade < 0 ? m_reliability->count() - 1 : grade);
}

QString SourceForm::problem() const
{
    if (m_title->text().trimmed().isEmpty() && m_url->text().trimmed().isEmpty())
        return tr("A source needs a title or a URL.");
    if (QString p = fieldchecks::dateProblem(tr("Issued"), m_issued->text(), fieldchecks::Required::No); !p.isEmpty())
        return p;
    if (QString p = fieldchecks::dateProblem(tr("Accessed"), m_accessed->text(), fieldchecks::Required::No); !p.isEmpty())
        return p;
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        const bool web = scheme == u"http" || scheme == u"https" || scheme == u"ftp";
        if (!parsed.isValid() || (web && parsed.host().isEmpty()) || !(web || scheme == u"file" || scheme == u"doi"))
            return tr("URL: “%1” is not a complete address (it should start with https://).").arg(url);
    }
    return {};
}

void SourceForm::fill(Source &source) const
{
    source.title = m_title->text().trimmed();
    source.publication = m_publication->text().trimmed();
    source.author = m_author->text().trimmed();
    source.issued = fieldchecks::date(m_issued->text());
    source.url = m_url->text().trimmed();
    source.accessed = fieldchecks::date(m_accessed->text());
    const QString grade = m_reliability->currentData().toString();
    source.reliability = grade.isEmpty() ? QLatin1Char('F') : grade.at(0);
}

std::int64_t SourceForm::add(DocumentController &controller)
{
    Source source;
    fill(source);
    SourceId id;
    controller.edit([&](Editor &e) { id = commands::addSource(e, source); });
    return id.value;
}

bool SourceForm::update(DocumentController &controller, std::int64_t id)
{
    std::optional<Source> source = controller.document()->source(SourceId(id));
    if (!source)
        return false;
    fill(*source);
    return controller.edit([&](Editor &e) { commands::updateSource(e, *source); });
}

bool SourceForm::remove(DocumentController &controller, std::int64_t id)
{
    return controller.edit([&](Editor &e) { commands::removeSource(e, SourceId(id)); });
}

} // namespace dateline
