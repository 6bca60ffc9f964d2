// ExportDialog: the choices it remembers (QSettings, group "export"). What was never chosen starts
// from ExportRequest's defaults, the same ones dateline-cli export uses.
#include "app/gui/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

#include <array>
#include <utility>

namespace dateline {

namespace {

// The optional parts and their settings keys, in the dialog's order.
constexpr std::array<std::pair<const char *, ExportPart>, 5> kParts{{
    {"caption", ExportPart::DateCaption},
    {"legend", ExportPart::Legend},
    {"sources", ExportPart::SourcesFooter},
    {"numbers", ExportPart::QuoteNumbers},
    {"appendix", ExportPart::Appendix},
}};

// The dialog starts from the screen: the view's size at this ratio, so the picture reads like it.
constexpr double kFirstPixelRatio = 2;

} // namespace

QString ExportDialog::settingsKey(const char *name)
{
    return QStringLiteral("export/") + QLatin1StringView(name);
}

void ExportDialog::restore()
{
    const auto key = &ExportDialog::settingsKey;
    const ExportRequest defaults;
    QSettings s;
    auto select = [](QComboBox *box, int value) { box->setCurrentIndex(std::max(0, box->findData(value))); };
    select(m_format, s.value(key("format"), int(defaults.format)).toInt());
    select(m_what, s.value(key("what"), int(What::CurrentView)).toInt());
    if (m_context.filtered.empty() && m_what->currentData().toInt() == int(What::Filtered))
        select(m_what, int(What::CurrentView));
    m_from->setText(s.value(key("from")).toString());
    m_to->setText(s.value(key("to")).toString());
    const double dpr = s.value(key("dpr"), kFirstPixelRatio).toDouble();
    const QSize viewSize = (m_context.view.size * dpr).toSize();
    const QSize fallback = defaults.pixelSize * kFirstPixelRatio; // a view too small to go by
    m_width->setValue(s.value(key("width"), viewSize.width() >= 400 ? viewSize.width() : fallback.width()).toInt());
    m_height->setValue(s.value(key("height"), viewSize.height() >= 200 ? viewSize.height() : fallback.height()).toInt());
    m_dpr->setValue(dpr);
    select(m_page, s.value(key("page"), int(defaults.page)).toInt());
    m_pageWidth->setValue(s.value(key("pageWidth"), defaults.customPageMm.width()).toDouble());
    m_pageHeight->setValue(s.value(key("pageHeight"), defaults.customPageMm.height()).toDouble());
    select(m_orientation, s.value(key("orientation"), int(defaults.orientation)).toInt());
    m_margins->setValue(s.value(key("margins"), defaults.marginsMm.left()).toDouble());
    m_tiles->setValue(s.value(key("tiles"), defaults.tiles).toInt());
    select(m_palette, s.value(key("palette"), int(defaults.palette)).toInt());
    m_title->setText(s.value(key("title"), m_context.title).toString());
    m_subtitle->setText(s.value(key("subtitle")).toString());
    const std::array<QCheckBox *, kParts.size()> boxes{m_caption, m_legend, m_sources, m_numbers, m_appendix};
    for (std::size_t i = 0; i < kParts.size(); ++i)
        boxes[i]->setChecked(s.value(key(kParts[i].first), defaults.parts.testFlag(kParts[i].second)).toBool());
}

void ExportDialog::save() const
{
    const auto key = &ExportDialog::settingsKey;
    QSettings s;
    s.setValue(key("format"), m_format->currentData());
    s.setValue(key("what"), m_what->currentData());
    s.setValue(key("from"), m_from->text());
    s.setValue(key("to"), m_to->text());
    s.setValue(key("width"), m_width->value());
    s.setValue(key("height"), m_height->value());
    s.setValue(key("dpr"), m_dpr->value());
    s.setValue(key("page"), m_page->currentData());
    s.setValue(key("pageWidth"), m_pageWidth->value());
    s.setValue(key("pageHeight"), m_pageHeight->value());
    s.setValue(key("orientation"), m_orientation->currentData());
    s.setValue(key("margins"), m_margins->value());
    s.setValue(key("tiles"), m_tiles->value());
    s.setValue(key("palette"), m_palette->currentData());
    s.setValue(key("title"), m_title->text());
    s.setValue(key("subtitle"), m_subtitle->text());
    const std::array<const QCheckBox *, kParts.size()> boxes{m_caption, m_legend, m_sources, m_numbers, m_appendix};
    for (std::size_t i = 0; i < kParts.size(); ++i)
        s.setValue(key(kParts[i].first), boxes[i]->isChecked());
}

void ExportDialog::applySettings(ExportRequest &r)
{
    const auto key = &ExportDialog::settingsKey;
    QSettings s;
    r.palette = Palette::Kind(s.value(key("palette"), int(r.palette)).toInt());
    for (const auto &[name, part] : kParts)
        r.parts.setFlag(part, s.value(key(name), r.parts.testFlag(part)).toBool());
    r.title = s.value(key("title"), r.title).toString();
    r.subtitle = s.value(key("subtitle")).toString();
}

} // namespace dateline
