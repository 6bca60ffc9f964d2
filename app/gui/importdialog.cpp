#include "app/gui/importdialog.h"

#include "app/gui/backgroundtask.h"
#include "app/gui/plainmessage.h"
#include "app/gui/plaintext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dateline {
namespace {

constexpr int kPreviewRows = 20;
constexpr int kReportRows = 1000;
// The preview reads only the start of a big file (the full read happens on a worker thread).
constexpr qsizetype kPreviewBytes = 2 * 1024 * 1024;

QString fieldLabel(CsvField field)
{
    if (field == CsvField::Ignore)
        return ImportDialog::tr("(ignore)");
    QString name = csvFieldName(field);
    name[0] = name[0].toUpper();
    return name;
}

QLabel *plainLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // file contents and names are untrusted
    label->setWordWrap(true);
    return label;
}

QTableWidgetItem *cellItem(const QString &text)
{
    QString shown = text.left(200);
    shown.replace(QLatin1StringView("\r\n"), QStringLiteral(" ⏎ ")).replace(u'\n', QStringLiteral(" ⏎ "));
    auto *item = new QTableWidgetItem(shown); // items never interpret rich text
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(plainToolTip(text));
    return item;
}

QString delimiterName(QChar c)
{
    if (c == u',')
        return ImportDialog::tr("comma");
    if (c == u';')
        return ImportDialog::tr("semicolon");
    if (c == u'\t')
        return ImportDialog::tr("tab");
    if (c == u'|')
        return ImportDialog::tr("pipe");
    return QString(c);
}

} // namespace

ImportDialog::ImportDialog(const QString &fileName, QByteArray data, const DataFormat &format, OpenDocument open,
                           QWidget *parent, std::optional<TableAsCsv> table)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_data(std::move(data))
    , m_format(format)
    , m_csv(format.name == u"csv" || format.name == u"tsv")
{
    // A workbook's sheet, or JSON records, are mapped like a CSV file: the preview reads them as
    // CSV text. When the file cannot be read, the import itself reports why.
    if (format.asCsv) {
        QString ignored;
        if (!table)
            table = format.asCsv(m_data, {}, &ignored);
        if (table) {
            m_file = std::move(m_data); // kept to read another sheet
            m_data = std::move(table->csv);
            m_sheets = table->sheets;
            m_sheet = m_firstSheet = table->sheet;
            m_csv = m_table = true;
        }
    }
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    m_pages = new QStackedWidget;
    m_pages->addWidget(buildSettingsPage(open));
    m_pages->addWidget(buildReportPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    // Only now, with the button in the dialog, does the dialog take it as its default: set before,
    // the dialog chose the first button after the focus on showing, Cancel.
    m_import->setDefault(true);
    if (m_csv) {
        m_detectedEncoding = detectEncoding(m_data, &m_detectedMixed);
        resize(900, 600);
        refreshPreview();
    }
}

QWidget *ImportDialog::buildSettingsPage(OpenDocument open)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plainLabel(tr("%1 — %2").arg(QFileInfo(m_fileName).fileName(), m_format.title)));

    if (m_csv) {
        layout->addLayout(buildReadingSettings(page));
        for (QComboBox *box : {m_encoding, m_delimiter})
            connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
        connect(m_header, &QCheckBox::toggled, this, &ImportDialog::refreshPreview);

        layout->addWidget(plainLabel(tr("Choose what each column holds (first %1 rows shown):").arg(kPreviewRows)));
        m_preview = new QTableWidget;
        m_preview->setObjectName(QStringLiteral("preview"));
        m_preview->verticalHeader()->setVisible(false);
        m_preview->setWordWrap(false);
        m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        layout->addWidget(m_preview, 1);
        m_mappingHint = plainLabel();
        m_mappingHint->setObjectName(QStringLiteral("mappingHint"));
        layout->addWidget(m_mappingHint);
    } else {
        layout->addWidget(plainLabel(tr("The file is read completely; rows that cannot be imported are listed before anything is written.")));
        layout->addStretch();
    }
    layout->addWidget(buildTargetChoice(open));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    return page;
}

// How a table's text is read: encoding, delimiter (text files) or sheet (workbooks), numeric dates,
// two-digit years and the header row.
QGridLayout *ImportDialog::buildReadingSettings(QWidget *page)
{
    m_encoding = new QComboBox(page); // parented: a workbook's dialog does not lay them out
    m_encoding->addItem(tr("Automatic"), -1);
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1252,
                           TextEncoding::Windows1251, TextEncoding::MacRoman})
        m_encoding->addItem(encodingName(e), int(e));
    m_delimiter = new QComboBox(page);
    m_delimiter->addItem(tr("Automatic"), QString());
    for (QChar c : {u',', u';', u'\t', u'|'})
        m_delimiter->addItem(delimiterName(c), QString(c));
    m_dayOrder = new QComboBox;
    m_dayOrder->addItem(tr("Automatic"), -1);
    m_dayOrder->addItem(tr("Day first (17/03/2008)"), int(DayOrder::DayFirst));
    m_dayOrder->addItem(tr("Month first (03/17/2008)"), int(DayOrder::MonthFirst));
    // Two-digit years ("17/03/08", Excel's "17-Mar-08") only with a century the user chose.
    m_twoDigitYears = new QComboBox;
    m_twoDigitYears->addItem(tr("Not accepted (write 2008, not 08)"), 0);
    for (int from : {1930, 1950, 1900, 2000})
        m_twoDigitYears->addItem(QStringLiteral("%1–%2").arg(from).arg(from + 99), from);
    m_twoDigitYears->setItemText(1, tr("%1 (as Excel)").arg(m_twoDigitYears->itemText(1)));
    m_twoDigitYears->setToolTip(tr("Which hundred years a two-digit year such as 17/03/08 falls in; "
                                   "until one is chosen, rows with such dates are listed as rejected"));
    for (QComboBox *box : {m_encoding, m_delimiter, m_dayOrder, m_twoDigitYears}) // room for "Automatic (Windows-1252)"
        box->setMinimumContentsLength(22);
    m_header = new QCheckBox(tr("First row names the columns"));
    m_header->setChecked(true);
    auto *grid = new QGridLayout;
    auto addRow = [grid](int row, int column, const QString &label, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        grid->addWidget(l, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1);
    };
    if (m_table) { // a table that is not text has neither; a workbook may have sheets to choose from
        m_encoding->hide();
        m_delimiter->hide();
        if (m_sheets.size() > 1) {
            m_sheetCombo = new QComboBox;
            m_sheetCombo->setObjectName(QStringLiteral("sheet"));
            for (const QString &name : std::as_const(m_sheets))
                m_sheetCombo->addItem(name.left(80), name);
            m_sheetCombo->setCurrentIndex(int(m_sheets.indexOf(m_sheet)));
            m_sheetCombo->setMinimumContentsLength(22);
            m_sheetCombo->setToolTip(tr("The workbook's sheet that holds the events"));
            addRow(0, 0, tr("&Sheet:"), m_sheetCombo);
            connect(m_sheetCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::readChosenSheet);
        }
    } else {
        addRow(0, 0, tr("&Encoding:"), m_encoding);
        addRow(0, 1, tr("&Delimiter:"), m_delimiter);
    }
    addRow(1, 0, tr("Numeric &dates:"), m_dayOrder);
    addRow(1, 1, tr("Two-digit &years:"), m_twoDigitYears);
    grid->addWidget(m_header, 2, 0, 1, 4);
    grid->setColumnStretch(4, 1);
    return grid;
}

// Into the open document (when it is writable) or a new one.
QGroupBox *ImportDialog::buildTargetChoice(OpenDocument open)
{
    auto *targetBox = new QGroupBox(tr("Import into"));
    auto *targetLayout = new QHBoxLayout(targetBox);
    m_intoOpen = new QRadioButton(tr("the &open document"));
    m_intoNew = new QRadioButton(tr("a &new document…"));
    auto *group = new QButtonGroup(targetBox);
    group->addButton(m_intoOpen);
    group->addButton(m_intoNew);
    // A read-only document was offered, and chosen, and the import then failed.
    const bool writable = open == OpenDocument::Writable;
    m_intoOpen->setEnabled(writable);
    if (open == OpenDocument::ReadOnly)
        m_intoOpen->setToolTip(tr("The open document is read-only: import into a new document."));
    (writable ? m_intoOpen : m_intoNew)->setChecked(true);
    targetLayout->addWidget(m_intoOpen);
    targetLayout->addWidget(m_intoNew);
    targetLayout->addStretch();
    return targetBox;
}

QWidget *ImportDialog::buildReportPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reportSummary = plainLabel();
    m_reportSummary->setObjectName(QStringLiteral("reportSummary"));
    layout->addWidget(m_reportSummary);
    m_report = new QTableWidget(0, 2);
    m_report->setObjectName(QStringLiteral("report"));
    const bool sheet = m_format.isWorkbook(); // rows, not lines
    m_report->setHorizontalHeaderLabels({sheet ? tr("Row") : tr("Line"), tr("Why it cannot be imported")});
    m_report->verticalHeader()->setVisible(false);
    m_report->horizontalHeader()->setStretchLastSection(true);
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setWordWrap(false);
    layout->addWidget(m_report, 1);
    m_notes = plainLabel();
    layout->addWidget(m_notes);
    auto *buttons = new QDialogButtonBox;
    m_importGood = buttons->addButton(tr("Import the &good rows"), QDialogButtonBox::AcceptRole);
    m_importNothing = buttons->addButton(tr("Import &nothing"), QDialogButtonBox::RejectRole);
    // to try another day order, century, encoding or column after seeing why rows were refused
    m_back = buttons->addButton(tr("< &Back"), QDialogButtonBox::ResetRole);
    m_back->setToolTip(tr("Change the settings and read the file again; nothing has been written"));
    connect(m_back, &QPushButton::clicked, this, [this] { done(BackToSettings); });
    connect(m_importGood, &QPushButton::clicked, this, [this] {
        m_policy = ImportPolicy::ImportGoodRows;
        accept();
    });
    connect(m_importNothing, &QPushButton::clicked, this, [this] {
        m_policy = ImportPolicy::ImportNothing;
        reject();
    });
    layout->addWidget(buttons);
    return page;
}

CsvOptions ImportDialog::baseOptions() const
{
    CsvOptions options;
    if (!m_csv)
        return options;
    if (const int e = m_encoding->currentData().toInt(); e >= 0)
        options.encoding = TextEncoding(e);
    if (const QString d = m_delimiter->currentData().toString(); !d.isEmpty())
        options.delimiter = d.at(0);
    if (const int o = m_dayOrder->currentData().toInt(); o >= 0)
        options.dayOrder = DayOrder(o);
    options.twoDigitYearsFrom = m_twoDigitYears->currentData().toInt();
    options.header = m_header->isChecked() ? CsvHeader::FirstRow : CsvHeader::None;
    if (m_format.name == u"tsv" && !options.delimiter)
        options.delimiter = u'\t';
    if (m_table) {
        options.encoding = TextEncoding::Utf8;
        options.delimiter = u',';
    }
    return options;
}

void ImportDialog::readChosenSheet()
{
    const QString name = m_sheetCombo->currentData().toString();
    if (name == m_sheet)
        return;
    std::optional<TableAsCsv> table;
    QString error;
    const bool finished = runInBackground(this, tr("Reading the sheet “%1”…").arg(name.left(80)),
                                          [&](const ImportProgress &) { table = m_format.asCsv(m_file, name, &error); });
    if (!finished || !table) {
        if (finished) {
            showPlainMessage(this, QMessageBox::Warning, windowTitle(),
                             tr("The sheet “%1” cannot be read:\n\n%2").arg(name.left(80), error));
        }
        const QSignalBlocker blocker(m_sheetCombo); // back to the sheet shown
        m_sheetCombo->setCurrentIndex(int(m_sheets.indexOf(m_sheet)));
        return;
    }
    m_sheet = name;
    m_data = std::move(table->csv);
    refreshPreview(); // the new sheet's columns, their fields guessed again
}

DataReadOptions ImportDialog::readOptions() const
{
    DataReadOptions options;
    options.csv = baseOptions();
    if (m_sheet != m_firstSheet) // (the reader's own choice is noted as such)
        options.csv.sheet = m_sheet;
    if (m_csv) {
        CsvMapping mapping;
        for (int c = 0; c < m_preview->columnCount(); ++c)
            mapping.columns.push_back(CsvField(fieldCombo(c)->currentData().toInt()));
        options.csv.mapping = mapping;
    }
    return options;
}

ImportTarget ImportDialog::target() const
{
    return m_intoNew->isChecked() ? ImportTarget::NewDocument : ImportTarget::ExistingDocument;
}

void ImportDialog::setTarget(ImportTarget target)
{
    (target == ImportTarget::NewDocument || !m_intoOpen->isEnabled() ? m_intoNew : m_intoOpen)->setChecked(true);
}

QComboBox *ImportDialog::fieldCombo(int column) const
{
    return m_preview ? qobject_cast<QComboBox *>(m_preview->cellWidget(0, column)) : nullptr;
}

void ImportDialog::refreshPreview()
{
    CsvOptions options = baseOptions();
    if (!options.encoding) { // judged on the whole file: a stray byte late in it decides too
        options.encoding = m_detectedEncoding;
        options.mixedEncoding = m_detectedMixed; // and its preview reads each piece as the import will
    }
    m_current = previewCsv(m_data.left(kPreviewBytes), options, kPreviewRows);
    m_encoding->setItemText(0, tr("Automatic (%1)").arg(encodingName(m_current.encoding)));
    m_delimiter->setItemText(0, tr("Automatic (%1)").arg(delimiterName(m_current.delimiter)));
    m_dayOrder->setItemText(0, tr("Automatic (%1)").arg(m_current.dayOrder == DayOrder::DayFirst ? tr("day first")
                                                                                                 : tr("month first")));
    const int columns = int(m_current.header.size());
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(int(m_current.rows.size()) + 1);
    QStringList labels = m_current.header;
    for (qsizetype c = 0; c < labels.size(); ++c) {
        if (labels[c].trimmed().isEmpty())
            labels[c] = tr("Column %1").arg(c + 1);
    }
    m_preview->setHorizontalHeaderLabels(labels);
    for (int c = 0; c < columns; ++c) {
        auto *combo = new QComboBox;
        for (CsvField f : csvFields())
            combo->addItem(fieldLabel(f), int(f));
        combo->setCurrentIndex(combo->findData(int(m_current.mapping.field(c))));
        combo->setObjectName(QStringLiteral("field%1").arg(c));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateMappingHint);
        m_preview->setCellWidget(0, c, combo);
        for (int r = 0; r < int(m_current.rows.size()); ++r) {
            const QStringList &fields = m_current.rows[size_t(r)].fields;
            m_preview->setItem(r + 1, c, cellItem(c < fields.size() ? fields[c] : QString()));
        }
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_preview->setColumnWidth(c, std::clamp(m_preview->columnWidth(c), 110, 260));
    updateMappingHint();
}

void ImportDialog::updateMappingHint()
{
    CsvMapping mapping;
    for (int c = 0; c < m_preview->columnCount(); ++c)
        mapping.columns.push_back(CsvField(fieldCombo(c)->currentData().toInt()));
    const bool title = mapping.has(CsvField::Title) || mapping.composesTitles();
    const bool date = mapping.has(CsvField::Date) || mapping.has(CsvField::Year);
    QString hint;
    if (!m_current.error.isEmpty())
        hint = m_current.error;
    else if (!title || !date)
        hint = tr("Choose a column for the title and one for the date (or year).");
    else if (mapping.composesTitles())
        hint = tr("No column holds a title: each event's title is made of its actors and CAMEO code, else the first "
                  "sentence of its description, else its actors and type. Choose a title column to use it instead.");
    else
        hint = tr("Columns set to “(ignore)” are not imported. Dates may be EDTF, ISO or written out "
                  "(“March 17, 2008”, “17 Mar 2008”, “1550 BC”, “c. 1550”).");
    m_mappingHint->setText(hint);
    m_import->setEnabled(m_current.error.isEmpty() && title && date);
}

void ImportDialog::showReport(const ImportedContent &imported)
{
    const qsizetype bad = qsizetype(imported.rejected.size());
    const qsizetype good = qsizetype(imported.content.events.size());
    m_reportSummary->setText(
        (bad == 1 ? tr("1 row cannot be imported.") : tr("%1 rows cannot be imported.").arg(bad)) + u' '
        + (good == 0 ? tr("No row can be imported; go Back to change the settings.")
                     : (good == 1 ? tr("Import the 1 good row, or nothing?") : tr("Import the %1 good rows, or nothing?").arg(good))
                           + u' ' + tr("Nothing is written until you choose.")));
    m_report->setRowCount(int(std::min<qsizetype>(bad, kReportRows)));
    for (int r = 0; r < m_report->rowCount(); ++r) {
        const ImportProblem &p = imported.rejected[size_t(r)];
        auto *line = cellItem(p.line > 0 ? QString::number(p.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_report->setItem(r, 0, line);
        m_report->setItem(r, 1, cellItem(p.message));
    }
    m_report->resizeColumnToContents(0);
    QStringList notes = imported.notes;
    if (bad > kReportRows)
        notes.prepend(tr("Only the first %1 rejected rows are listed.").arg(kReportRows));
    m_notes->setText(notes.join(u'\n'));
    m_importGood->setText(tr("Import the &good rows (%1)").arg(good));
    m_importGood->setEnabled(good > 0);
    m_importNothing->setDefault(true);
    m_pages->setCurrentIndex(1);
}

void ImportDialog::showSettings()
{
    m_import->setDefault(true);
    m_pages->setCurrentIndex(0);
}

bool ImportDialog::showingReport() const
{
    return m_pages->currentIndex() == 1;
}

} // namespace dateline
