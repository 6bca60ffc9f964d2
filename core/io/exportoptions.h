#pragma once

#include "core/io/importprogress.h"

#include <QtGlobal>

namespace dateline {

// How a streaming export (native JSON, CSV, TSV) runs.
struct ExportOptions {
    // Told the rows written so far out of all the rows the export writes; returning false cancels
    // the export (which then fails, saying so). Called on the exporting thread once per batch.
    ImportProgress progress;
    // Rows read from the document at a time: memory use grows with it, not with the document.
    int batchSize = 2000;
};

// Counts the rows an export has written and tells options.progress; remembers a cancel.
class ExportTicker {
public:
    ExportTicker(const ImportProgress &progress, qint64 total) : m_progress(progress), m_total(total) {}
    bool advance(qint64 rows) // false once cancelled
    {
        m_done += rows;
        if (!m_cancelled && m_progress && !m_progress(m_done, m_total))
            m_cancelled = true;
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    const ImportProgress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
    bool m_cancelled = false;
};

} // namespace dateline
