#include "app/cli/exportoutput.h"

#include "core/io/savefile.h"
#include "core/store/storeerror.h"

#include <QFile>

#include <atomic>
#include <csignal>

namespace dateline::cli {

namespace {

std::atomic<bool> g_cancelled{false};

extern "C" void cancelExport(int)
{
    g_cancelled.store(true); // lock-free: safe in a signal handler
}

// While an export runs, Ctrl+C and SIGTERM ask it to stop at the next batch, so that the
// temporary file is removed instead of left behind by a killed process.
class CancelOnSignal {
public:
    CancelOnSignal()
    {
        g_cancelled = false;
        m_int = std::signal(SIGINT, cancelExport);
        m_term = std::signal(SIGTERM, cancelExport);
    }
    ~CancelOnSignal()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    CancelOnSignal(const CancelOnSignal &) = delete;
    CancelOnSignal &operator=(const CancelOnSignal &) = delete;

private:
    void (*m_int)(int) = SIG_DFL;
    void (*m_term)(int) = SIG_DFL;
};

} // namespace

int writeExport(const QString &outPath, Io &io, const ExportWriter &write)
{
    const CancelOnSignal cancel;
    ExportOptions options;
    options.progress = [](qint64, qint64) { return !g_cancelled.load(); };
    QString error;
    bool ok = false;
    try {
        if (outPath == u"-") {
            io.out.flush();
            QFile out;
            ok = out.open(stdout, QIODevice::WriteOnly) && write(out, options, &error);
            if (ok && !out.flush()) {
                ok = false;
                error = out.errorString();
            }
        } else {
            ok = writeFileAtomically(outPath, [&](QIODevice &file, QString *why) { return write(file, options, why); },
                                     &error);
        }
    } catch (const StoreError &e) { // reading the document failed
        ok = false;
        error = QString::fromUtf8(e.what());
    }
    if (!ok) {
        io.err << "dateline-cli: cannot write " << outPath << ": " << error << '\n';
        return int(ExitFailure);
    }
    return int(ExitOk);
}

} // namespace dateline::cli
