#pragma once

#include <QIODevice>

#include <cstdio>

namespace dateline::cli {

// Standard output or error for text. Control characters other than tab, line feed and carriage
// return are dropped on the way out, so that text from documents and imported files (an escape
// sequence in a title, a bell in an article) cannot drive the terminal. Works on the UTF-8
// bytes: C0 controls, DEL, and the C1 controls (0xC2 0x80..0x9F).
class PrintableOutput : public QIODevice {
public:
    explicit PrintableOutput(FILE *stream);
    ~PrintableOutput() override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
    bool m_afterC2 = false; // the last byte written was 0xC2, held back: a C1 control may follow
};

} // namespace dateline::cli
