#pragma once

#include <QObject>

#include <cstdint>
#include <optional>

class QAction;

namespace dateline {

class DocumentController;
class ImportDialog;
class MainWindow;
struct DataFormat;
struct ImportedContent;
struct TableAsCsv;
struct WindowMenus;
enum class ImportPolicy : std::uint8_t;

// File > Import… and File > Export Data…, and files dropped on the window (a .dateline file is
// opened, anything else imported). install() adds the actions to the window's File menu and
// accepts drops through an event filter, so the window only calls it. Reading and writing run
// on a worker thread with their own Document connection; the window then reloads the document.
class ImportActions : public QObject {
    Q_OBJECT
public:
    static ImportActions *install(MainWindow *window, DocumentController *controller, const WindowMenus &menus);

    QAction *importAction() const { return m_import; }
    QAction *exportDataAction() const { return m_exportData; }

    void chooseAndImport();
    void importFile(const QString &path);
    void exportData();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ImportActions(MainWindow *window, DocumentController *controller);
    void warn(const QString &title, const QString &text) const;
    // The steps of importFile: each returns nothing (or false) when the import stops there, after a
    // warning unless the user chose to stop.
    const DataFormat *readFile(const QString &path, QByteArray *data) const;
    bool readTable(const QString &path, const QByteArray &data, const DataFormat &format,
                   std::optional<TableAsCsv> *table) const;
    bool readThroughDialog(ImportDialog &dialog, const QString &path, const QByteArray &data, const DataFormat &format,
                           ImportedContent *imported, ImportPolicy *policy) const;
    std::optional<QString> chooseTarget(const ImportDialog &dialog, const QString &path, bool openWritable) const;
    void writeImport(const ImportDialog &dialog, ImportedContent &imported, const QString &path, const QString &target,
                     ImportPolicy policy);

    MainWindow *m_window;
    DocumentController *m_controller;
    QAction *m_import = nullptr;
    QAction *m_importGdelt = nullptr;
    QAction *m_exportData = nullptr;
};

} // namespace dateline
