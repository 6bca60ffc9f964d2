#include "app/gui/exportdialog.h"

#include "core/date/fuzzydate.h"
#include "core/render/export/imageexporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace dateline {

namespace {

constexpr QSize kPreviewSize(520, 320);

QString key(const char *name)
{
    return QStringLiteral("export/") + QLatin1StringView(name);
}

} // namespace

ExportDialog::ExportDialog(ExportContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
{
    setWindowTitle(tr("Export Timeline"));
    build();
    restore();
    updateEnabled();
    renderPreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::build()
{
    auto *form = new QFormLayout;
    m_format = new QComboBox;
    m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_format->addItem(tr("SVG vector image"), int(ExportFormat::Svg));
    m_format->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    form->addRow(tr("&Format:"), m_format);

    m_what = new QComboBox;
    m_what->addItem(tr("Current view"), int(What::CurrentView));
    m_what->addItem(tr("Whole timeline"), int(What::WholeTimeline));
    m_what->addItem(tr("Date range"), int(What::Range));
    m_what->addItem(tr("Selected event"), int(What::Selected));
    m_what->addItem(tr("Filtered events (%n)", nullptr, int(m_context.filtered.size())), int(What::Filtered));
    form->addRow(tr("&Export:"), m_what);
    m_from = new QLineEdit;
    m_to = new QLineEdit;
    m_from->setPlaceholderText(tr("from, e.g. 2008-03"));
    m_to->setPlaceholderText(tr("to, e.g. 2008-04-06"));
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(m_to);
    form->addRow(tr("Range (EDTF):"), range);

    m_imageBox = new QGroupBox(tr("Image"));
    auto *image = new QFormLayout(m_imageBox);
    m_width = new QSpinBox;
    m_height = new QSpinBox;
    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(16, ExportRequest::kMaxPixels);
        s->setSuffix(tr(" px"));
    }
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×")));
    size->addWidget(m_height);
    image->addRow(tr("&Size:"), size);
    m_dpr = new QDoubleSpinBox;
    m_dpr->setRange(0.5, 8);
    m_dpr->setSingleStep(0.5);
    m_dpr->setToolTip(tr("Device pixel ratio: 2 draws text and lines twice as sharp at the same size"));
    image->addRow(tr("&Pixel ratio:"), m_dpr);

    m_pageBox = new QGroupBox(tr("Page"));
    auto *page = new QFormLayout(m_pageBox);
    m_page = new QComboBox;
    for (PageFormat f : {PageFormat::A4, PageFormat::A3, PageFormat::Letter, PageFormat::Custom})
        m_page->addItem(ExportRequest::pageName(f), int(f));
    m_pageWidth = new QDoubleSpinBox;
    m_pageHeight = new QDoubleSpinBox;
    for (QDoubleSpinBox *s : {m_pageWidth, m_pageHeight}) {
        s->setRange(50, 5000);
        s->setSuffix(tr(" mm"));
    }
    auto *pageSize = new QHBoxLayout;
    pageSize->addWidget(m_page);
    pageSize->addWidget(m_pageWidth);
    pageSize->addWidget(m_pageHeight);
    page->addRow(tr("Pa&ge:"), pageSize);
    m_orientation = new QComboBox;
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    page->addRow(tr("&Orientation:"), m_orientation);
    m_margins = new QDoubleSpinBox;
    m_margins->setRange(0, 100);
    m_margins->setSuffix(tr(" mm"));
    page->addRow(tr("&Margins:"), m_margins);
    m_tiles = new QSpinBox;
    m_tiles->setRange(1, ExportRequest::kMaxTiles);
    m_tiles->setToolTip(tr("Split the range over this many pages, with overlap marks"));
    page->addRow(tr("&Tile over pages:"), m_tiles);

    auto *look = new QFormLayout;
    m_palette = new QComboBox;
    m_palette->addItem(tr("Light"), int(Palette::Kind::Light));
    m_palette->addItem(tr("Dark"), int(Palette::Kind::Dark));
    m_palette->addItem(tr("Print (white background)"), int(Palette::Kind::Print));
    look->addRow(tr("Pa&lette:"), m_palette);
    m_title = new QLineEdit;
    m_subtitle = new QLineEdit;
    look->addRow(tr("T&itle:"), m_title);
    look->addRow(tr("S&ubtitle:"), m_subtitle);
    m_caption = new QCheckBox(tr("Date range caption"));
    m_legend = new QCheckBox(tr("Legend"));
    m_sources = new QCheckBox(tr("Sources footer"));
    m_numbers = new QCheckBox(tr("Quote numbers"));
    m_appendix = new QCheckBox(tr("Quotes and sources appendix (PDF)"));
    auto *parts = new QVBoxLayout;
    for (QCheckBox *c : {m_caption, m_legend, m_sources, m_numbers, m_appendix})
        parts->addWidget(c);
    look->addRow(tr("Include:"), parts);

    m_preview = new QLabel;
    m_preview->setFixedSize(kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_imageBox);
    left->addWidget(m_pageBox);
    left->addLayout(look);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_preview);
    right->addWidget(m_status);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right);
    auto *main = new QVBoxLayout(this);
    main->addLayout(columns);
    main->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::renderPreview);
    for (QComboBox *c : {m_format, m_what, m_page, m_orientation, m_palette})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    for (QLineEdit *e : {m_from, m_to, m_title, m_subtitle})
        connect(e, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    for (QSpinBox *s : {m_width, m_height, m_tiles})
        connect(s, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    for (QDoubleSpinBox *s : {m_dpr, m_pageWidth, m_pageHeight, m_margins})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox *c : {m_caption, m_legend, m_sources, m_numbers, m_appendix})
        connect(c, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
}

void ExportDialog::restore()
{
    QSettings s;
    auto select = [](QComboBox *box, int value) { box->setCurrentIndex(std::max(0, box->findData(value))); };
    select(m_format, s.value(key("format"), int(ExportFormat::Png)).toInt());
    select(m_what, s.value(key("what"), int(What::CurrentView)).toInt());
    if (m_context.filtered.empty() && m_what->currentData().toInt() == int(What::Filtered))
        select(m_what, int(What::CurrentView));
    m_from->setText(s.value(key("from")).toString());
    m_to->setText(s.value(key("to")).toString());
    // first time: the view's size at twice its resolution, so the picture reads like the screen
    const double dpr = s.value(key("dpr"), 2.0).toDouble();
    const QSize viewSize = (m_context.view.size * dpr).toSize();
    m_width->setValue(s.value(key("width"), viewSize.width() >= 400 ? viewSize.width() : 3840).toInt());
    m_height->setValue(s.value(key("height"), viewSize.height() >= 200 ? viewSize.height() : 2160).toInt());
    m_dpr->setValue(dpr);
    select(m_page, s.value(key("page"), int(PageFormat::A4)).toInt());
    m_pageWidth->setValue(s.value(key("pageWidth"), 420.0).toDouble());
    m_pageHeight->setValue(s.value(key("pageHeight"), 297.0).toDouble());
    select(m_orientation, s.value(key("orientation"), int(QPageLayout::Landscape)).toInt());
    m_margins->setValue(s.value(key("margins"), 12.0).toDouble());
    m_tiles->setValue(s.value(key("tiles"), 1).toInt());
    select(m_palette, s.value(key("palette"), int(Palette::Kind::Light)).toInt());
    m_title->setText(s.value(key("title"), m_context.title).toString());
    m_subtitle->setText(s.value(key("subtitle")).toString());
    m_caption->setChecked(s.value(key("caption"), true).toBool());
    m_legend->setChecked(s.value(key("legend"), true).toBool());
    m_sources->setChecked(s.value(key("sources"), false).toBool());
    m_numbers->setChecked(s.value(key("numbers"), true).toBool());
    m_appendix->setChecked(s.value(key("appendix"), true).toBool());
}

void ExportDialog::save() const
{
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
    s.setValue(key("caption"), m_caption->isChecked());
    s.setValue(key("legend"), m_legend->isChecked());
    s.setValue(key("sources"), m_sources->isChecked());
    s.setValue(key("numbers"), m_numbers->isChecked());
    s.setValue(key("appendix"), m_appendix->isChecked());
}

void ExportDialog::applySettings(ExportRequest &r)
{
    QSettings s;
    r.palette = Palette::Kind(s.value(key("palette"), int(r.palette)).toInt());
    auto part = [&r, &s](const char *name, ExportPart p, bool fallback) {
        r.parts.setFlag(p, s.value(key(name), fallback).toBool());
    };
    part("caption", ExportPart::DateCaption, true);
    part("legend", ExportPart::Legend, true);
    part("sources", ExportPart::SourcesFooter, false);
    part("numbers", ExportPart::QuoteNumbers, true);
    part("appendix", ExportPart::Appendix, true);
    r.title = s.value(key("title"), r.title).toString();
    r.subtitle = s.value(key("subtitle")).toString();
}

ExportRequest ExportDialog::request(QString *errorMessage) const
{
    ExportRequest r;
    QString error;
    r.format = ExportFormat(m_format->currentData().toInt());
    r.view = m_context.view;
    switch (What(m_what->currentData().toInt())) {
    case What::CurrentView:
        r.scope = ExportScope::CurrentView;
        break;
    case What::WholeTimeline:
        r.scope = ExportScope::WholeTimeline;
        break;
    case What::Range: {
        r.scope = ExportScope::Range;
        const FuzzyDate from = FuzzyDate::fromEdtf(m_from->text().trimmed(), &error);
        const FuzzyDate to = from.isValid() ? FuzzyDate::fromEdtf(m_to->text().trimmed(), &error) : FuzzyDate();
        if (from.isValid() && to.isValid()) {
            r.from = from.bounds().earliestStart;
            r.to = to.bounds().latestEnd;
        } else {
            error = tr("Range: %1").arg(error);
        }
        break;
    }
    case What::Selected:
        if (!m_context.selected.isValid())
            error = tr("No event is selected.");
        r.events = {m_context.selected};
        r.scope = ExportScope::WholeTimeline;
        break;
    case What::Filtered:
        r.events = m_context.filtered;
        r.scope = ExportScope::WholeTimeline;
        break;
    }
    r.pixelSize = QSize(m_width->value(), m_height->value());
    r.devicePixelRatio = m_dpr->value();
    r.page = PageFormat(m_page->currentData().toInt());
    r.customPageMm = QSizeF(m_pageWidth->value(), m_pageHeight->value());
    r.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    r.marginsMm = QMarginsF(m_margins->value(), m_margins->value(), m_margins->value(), m_margins->value());
    r.tiles = m_tiles->value();
    r.palette = Palette::Kind(m_palette->currentData().toInt());
    r.title = m_title->text();
    r.subtitle = m_subtitle->text();
    r.parts = ExportPart::None;
    r.parts.setFlag(ExportPart::DateCaption, m_caption->isChecked());
    r.parts.setFlag(ExportPart::Legend, m_legend->isChecked());
    r.parts.setFlag(ExportPart::SourcesFooter, m_sources->isChecked());
    r.parts.setFlag(ExportPart::QuoteNumbers, m_numbers->isChecked());
    r.parts.setFlag(ExportPart::Appendix, m_appendix->isChecked());
    if (error.isEmpty())
        error = r.validate();
    if (errorMessage)
        *errorMessage = error;
    return r;
}

void ExportDialog::updateEnabled()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    m_imageBox->setVisible(format != ExportFormat::Pdf);
    m_dpr->setEnabled(format == ExportFormat::Png);
    m_pageBox->setVisible(format == ExportFormat::Pdf);
    m_appendix->setEnabled(format == ExportFormat::Pdf);
    const bool custom = PageFormat(m_page->currentData().toInt()) == PageFormat::Custom;
    m_pageWidth->setVisible(custom);
    m_pageHeight->setVisible(custom);
    const bool range = What(m_what->currentData().toInt()) == What::Range;
    m_from->setEnabled(range);
    m_to->setEnabled(range);
}

void ExportDialog::schedulePreview()
{
    updateEnabled();
    m_previewTimer->start();
}

QImage ExportDialog::preview() const
{
    QString error;
    const ExportRequest r = request(&error);
    if (!error.isEmpty() || !m_context.isValid())
        return {};
    // the real picture scaled down: the same layout, drawn smaller
    return ImageExporter(m_context.document, m_context.scene).renderThumbnail(r, kPreviewSize);
}

void ExportDialog::renderPreview()
{
    QString error;
    request(&error);
    m_status->setText(error);
    const QImage image = error.isEmpty() ? preview() : QImage();
    m_preview->setPixmap(image.isNull() ? QPixmap() : QPixmap::fromImage(image));
    if (image.isNull() && error.isEmpty())
        m_status->setText(tr("Nothing to export: open a timeline first."));
}

bool ExportDialog::exportTo(const QString &path, QString *errorMessage) const
{
    const ExportRequest r = request(errorMessage);
    if (errorMessage && !errorMessage->isEmpty())
        return false;
    if (!m_context.isValid()) {
        if (errorMessage)
            *errorMessage = tr("No timeline is open.");
        return false;
    }
    return ImageExporter(m_context.document, m_context.scene).write(r, path, errorMessage);
}

void ExportDialog::accept()
{
    QString error;
    const ExportRequest r = request(&error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    save();
    const QString suffix = ExportRequest::formatName(r.format);
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    QSettings s;
    const QString dir = s.value(key("directory")).toString();
    QString base = m_context.title.isEmpty() ? tr("timeline") : m_context.title;
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"),
                                                QDir(dir).filePath(base + u'.' + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    s.setValue(key("directory"), QFileInfo(path).absolutePath());
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export"), tr("The timeline could not be exported.\n\n%1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace dateline
