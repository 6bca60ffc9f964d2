#include "app/gui/exportdialog.h"

#include "app/gui/messagetext.h"
#include "app/gui/plainmessage.h"

#include "core/date/fuzzydate.h"
#include "core/render/export/imageexporter.h"
#include "core/store/document.h"

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
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace dateline {

namespace {

constexpr QSize kPreviewSize(520, 320);

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
    auto *left = new QVBoxLayout;
    left->addLayout(buildWhat());
    left->addWidget(buildImageBox());
    left->addWidget(buildPageBox());
    left->addLayout(buildLook());
    left->addStretch();

    m_preview = new QLabel;
    m_preview->setFixedSize(kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_output = new QLabel;
    m_output->setObjectName(QStringLiteral("output"));
    m_status = new QLabel;
    for (QLabel *label : {m_output, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    auto *right = new QVBoxLayout;
    right->addWidget(m_preview);
    right->addWidget(m_output);
    right->addWidget(m_status);
    right->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right);
    auto *main = new QVBoxLayout(this);
    main->addLayout(columns);
    main->addWidget(buttons);
    exportButton->setDefault(true); // once in the dialog: set before, the dialog made Cancel its default
    connectPreview();
}

// Format, what to export and the date range.
QFormLayout *ExportDialog::buildWhat()
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
    m_what->addItem(m_context.filtered.empty() ? tr("Filtered events (no filter)")
                                               : tr("Filtered events (%n)", nullptr, int(m_context.filtered.size())),
                    int(What::Filtered));
    // Offered only when there is something to export.
    auto *choices = qobject_cast<QStandardItemModel *>(m_what->model());
    choices->item(m_what->findData(int(What::Selected)))->setEnabled(m_context.selected.isValid());
    choices->item(m_what->findData(int(What::Filtered)))->setEnabled(!m_context.filtered.empty());
    form->addRow(tr("&Content:"), m_what);
    m_from = new QLineEdit;
    m_to = new QLineEdit;
    m_from->setPlaceholderText(tr("from, e.g. 2008-03"));
    m_to->setPlaceholderText(tr("to, e.g. 2008-04-06"));
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(m_to);
    form->addRow(tr("Range (EDTF):"), range);
    return form;
}

QGroupBox *ExportDialog::buildImageBox()
{
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
    auto *sizeLabel = new QLabel(tr("&Size:")); // a row of several fields: the mnemonic goes to the first
    sizeLabel->setBuddy(m_width);
    image->addRow(sizeLabel, size);
    m_dpr = new QDoubleSpinBox;
    m_dpr->setRange(0.5, 8);
    m_dpr->setSingleStep(0.5);
    m_dpr->setToolTip(tr("Device pixel ratio, as of a high-density screen: 2 draws text and lines twice as large in "
                         "the same pixels, so the picture shows half as much; for the same picture with twice the "
                         "detail, double the size too"));
    image->addRow(tr("&Pixel ratio:"), m_dpr);
    return m_imageBox;
}

QGroupBox *ExportDialog::buildPageBox()
{
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
    auto *pageLabel = new QLabel(tr("Pa&ge:"));
    pageLabel->setBuddy(m_page);
    page->addRow(pageLabel, pageSize);
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
    return m_pageBox;
}

// Palette, title and the optional parts.
QFormLayout *ExportDialog::buildLook()
{
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
    return look;
}

// Any change redraws the preview, a moment after the last one.
void ExportDialog::connectPreview()
{
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

std::unique_ptr<ExportPlan> ExportDialog::plan(QString *errorMessage) const
{
    QString error;
    const ExportRequest r = request(&error);
    if (errorMessage)
        *errorMessage = error;
    if (!error.isEmpty() || !m_context.isValid())
        return nullptr;
    return ImageExporter(m_context.document, m_context.scene).plan(r);
}

QImage ExportDialog::preview() const
{
    // the real picture scaled down: the same layout, drawn smaller
    const auto p = plan(nullptr);
    return p ? ImageExporter::renderThumbnail(*p, kPreviewSize) : QImage();
}

QString ExportDialog::outputText() const
{
    const auto p = plan(nullptr);
    return p ? describeOutput(*p) : QString();
}

QString ExportDialog::describeOutput(const ExportPlan &plan)
{
    if (plan.request().format == ExportFormat::Pdf)
        return tr("The file will have %n page(s).", nullptr, ImageExporter::pageCount(plan));
    const QSize size = plan.pixelSize();
    const QString text = tr("The file will be %1 × %2 pixels").arg(size.width()).arg(size.height());
    if (size.height() > plan.request().pixelSize.height())
        return tr("%1, taller than the size above to hold every lane.").arg(text);
    return text + u'.';
}

void ExportDialog::renderPreview()
{
    QString error;
    const auto p = plan(&error);
    m_status->setText(error);
    const QImage image = p ? ImageExporter::renderThumbnail(*p, kPreviewSize) : QImage();
    m_preview->setPixmap(image.isNull() ? QPixmap() : QPixmap::fromImage(image));
    m_output->setText(p ? describeOutput(*p) : QString());
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

QString ExportDialog::suggestedPath() const
{
    const QString documentPath = m_context.document ? m_context.document->path() : QString();
    QString dir = QSettings().value(settingsKey("directory")).toString();
    if (dir.isEmpty() && !documentPath.isEmpty())
        dir = QFileInfo(documentPath).absolutePath();
    QString base = !m_context.title.isEmpty() ? m_context.title
        : !documentPath.isEmpty()              ? QFileInfo(documentPath).completeBaseName()
                                               : tr("timeline");
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(dir).filePath(base + u'.' + ExportRequest::formatName(request().format));
}

void ExportDialog::accept()
{
    QString error;
    const ExportRequest r = request(&error);
    if (!error.isEmpty()) {
        showPlainMessage(this, QMessageBox::Warning, tr("Export"), asSentence(error));
        return;
    }
    save();
    const QString suffix = ExportRequest::formatName(r.format);
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"), suggestedPath(), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    QSettings().setValue(settingsKey("directory"), QFileInfo(path).absolutePath());
    if (!exportTo(path, &error)) {
        showPlainMessage(this, QMessageBox::Warning, tr("Export"), tr("The timeline could not be exported.\n\n%1").arg(asSentence(error)));
        return;
    }
    QDialog::accept();
}

} // namespace dateline
