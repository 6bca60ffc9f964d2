#include "app/cli/printableoutput.h"

#include <QByteArray>

namespace dateline::cli {

PrintableOutput::PrintableOutput(FILE *stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

PrintableOutput::~PrintableOutput()
{
    std::fflush(m_stream);
}

qint64 PrintableOutput::writeData(const char *data, qint64 size)
{
    QByteArray kept;
    kept.reserve(size + 1);
    for (qint64 i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (m_afterC2) {
            m_afterC2 = false;
            if (b >= 0x80 && b <= 0x9F)
                continue; // U+0080..U+009F
            kept += char(0xC2);
        }
        if (b == 0xC2) {
            m_afterC2 = true;
            continue;
        }
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F)
            continue;
        kept += char(b);
    }
    if (!kept.isEmpty() && std::fwrite(kept.constData(), 1, size_t(kept.size()), m_stream) != size_t(kept.size()))
        return -1;
    return size;
}

} // namespace dateline::cli
