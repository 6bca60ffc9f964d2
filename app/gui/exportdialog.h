#pragma once

#include "app/gui/exportcontext.h"
#include "core/render/export/exportrequest.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace dateline {

class ExportPlan;

// File > Export…: format, what to export, size or page, palette and the optional parts, with a
// live preview drawn by the same exporter. Choices are remembered (QSettings, group "export").
// accept() asks for a file name and writes it; errors are shown, the dialog stays open.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class What : std::uint8_t { CurrentView, WholeTimeline, Range, Selected, Filtered };

    explicit ExportDialog(ExportContext context, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The request the controls describe; empty errorMessage when it is usable.
    ExportRequest request(QString *errorMessage = nullptr) const;
    // Writes without asking for a file name (tests, and accept() after the file dialog).
    bool exportTo(const QString &path, QString *errorMessage) const;
    QImage preview() const;
    // What the written file will be, as the dialog says under the preview: its size in pixels
    // (taller than the Size fields when every lane needs it) or its pages. Empty on a bad request.
    QString outputText() const;
    // Where the file dialog starts: the folder of the last export, else the document's own folder
    // (not the app's working directory); named after the document's title, else its file's name.
    QString suggestedPath() const;

    // Applies remembered choices (palette, parts, title) to a request; what was never chosen keeps
    // the request's value. Print uses them too.
    static void applySettings(ExportRequest &request);

    void accept() override;

private:
    void build();
    QFormLayout *buildWhat();
    QGroupBox *buildImageBox();
    QGroupBox *buildPageBox();
    QFormLayout *buildLook();
    void connectPreview();
    // exportdialogsettings.cpp: the remembered choices, first-time values from ExportRequest's.
    static QString settingsKey(const char *name);
    void restore();
    void save() const;
    void updateEnabled();
    void schedulePreview();
    void renderPreview();
    std::unique_ptr<ExportPlan> plan(QString *errorMessage) const; // null on a bad request
    static QString describeOutput(const ExportPlan &plan);

    ExportContext m_context;
    QComboBox *m_format = nullptr;
    QComboBox *m_what = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QGroupBox *m_imageBox = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_dpr = nullptr;
    QGroupBox *m_pageBox = nullptr;
    QComboBox *m_page = nullptr;
    QDoubleSpinBox *m_pageWidth = nullptr;
    QDoubleSpinBox *m_pageHeight = nullptr;
    QComboBox *m_orientation = nullptr;
    QDoubleSpinBox *m_margins = nullptr;
    QSpinBox *m_tiles = nullptr;
    QComboBox *m_palette = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QCheckBox *m_caption = nullptr;
    QCheckBox *m_legend = nullptr;
    QCheckBox *m_sources = nullptr;
    QCheckBox *m_numbers = nullptr;
    QCheckBox *m_appendix = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_output = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace dateline
