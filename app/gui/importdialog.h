#pragma once

#include "app/gui/importjob.h"
#include "core/io/csv/csvreader.h"
#include "core/io/dataformats.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace dateline {

// File > Import…, in two steps on one dialog.
// 1. Settings: for CSV/TSV the encoding, delimiter, header row and day order (each "Automatic"
//    by default, showing what was detected), a preview of the first rows with a field menu above
//    each column (guessed from the header), and for every format where the import goes: the open
//    document (unless it is read-only) or a new one. accept() here means "read the file with these settings".
// 2. Report (showReport): the rows that cannot be imported, with line numbers and reasons, and
//    the choice "Import the good rows" (accept), "Import nothing" (reject) or "Back" to the
//    settings (exec() returns BackToSettings; nothing has been written, the file is read again).
// The dialog only collects choices; ImportActions reads and writes in the background.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // exec()'s result when the report's "Back" was chosen (beside Accepted and Rejected)
    static constexpr int BackToSettings = 2;
    // What is open as the dialog starts: a read-only document can take no import.
    enum class OpenDocument : std::uint8_t { None, Writable, ReadOnly };

    // For a table that is not delimited text (format.asCsv), table is the file already converted
    // (ImportActions converts on a worker thread); without it the dialog converts data itself.
    ImportDialog(const QString &fileName, QByteArray data, const DataFormat &format, OpenDocument open,
                 QWidget *parent = nullptr, std::optional<TableAsCsv> table = std::nullopt);

    const DataFormat &format() const { return m_format; }
    DataReadOptions readOptions() const;   // the CSV options as the controls set them
    ImportTarget target() const;
    void setTarget(ImportTarget target);

    // Switches to the report of rows that cannot be imported.
    void showReport(const ImportedContent &imported);
    // Returns to the settings, as they were chosen, after the report's "Back".
    void showSettings();
    bool showingReport() const;
    ImportPolicy policy() const { return m_policy; }

    // For tests and the screenshot: the preview table and report table.
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *reportTable() const { return m_report; }
    QComboBox *fieldCombo(int column) const;
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *dayOrderCombo() const { return m_dayOrder; }
    QComboBox *twoDigitYearsCombo() const { return m_twoDigitYears; }
    QComboBox *sheetCombo() const { return m_sheetCombo; } // null unless a workbook has several sheets
    QPushButton *importGoodRowsButton() const { return m_importGood; }
    QPushButton *importNothingButton() const { return m_importNothing; }
    QPushButton *backButton() const { return m_back; }

private:
    QWidget *buildSettingsPage(OpenDocument open);
    QGridLayout *buildReadingSettings(QWidget *page);
    QGroupBox *buildTargetChoice(OpenDocument open);
    QWidget *buildReportPage();
    void refreshPreview();  // re-reads the first rows with the current encoding/delimiter/header
    void readChosenSheet(); // converts the sheet chosen in m_sheetCombo, then refreshes the preview
    void updateMappingHint();
    CsvOptions baseOptions() const; // without the column mapping

    QString m_fileName;
    QByteArray m_data;
    QByteArray m_file;       // a table's file as read (m_data holds the chosen sheet as CSV text)
    QStringList m_sheets;    // a workbook's sheets, the one shown, and the one the reader chose itself
    QString m_sheet;
    QString m_firstSheet;
    const DataFormat &m_format;
    bool m_csv = false;      // columns to map: CSV, TSV, or a workbook read as CSV
    bool m_table = false;    // a workbook or JSON records: m_data holds the table as CSV text
    ImportPolicy m_policy = ImportPolicy::ImportNothing;
    CsvPreview m_current;
    TextEncoding m_detectedEncoding = TextEncoding::Utf8;
    bool m_detectedMixed = false; // the file mixes UTF-8 and Windows-1252 (rows appended by another program)

    QStackedWidget *m_pages = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_header = nullptr;
    QComboBox *m_dayOrder = nullptr;
    QComboBox *m_twoDigitYears = nullptr;
    QComboBox *m_sheetCombo = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_mappingHint = nullptr;
    QRadioButton *m_intoOpen = nullptr;
    QRadioButton *m_intoNew = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_reportSummary = nullptr;
    QTableWidget *m_report = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_importGood = nullptr;
    QPushButton *m_importNothing = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace dateline
