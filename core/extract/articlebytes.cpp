#include "core/extract/articlebytes.h"

#include <QStringDecoder>

namespace dateline::extract {

namespace {

// NUL, or more than one byte in a hundred a control character other than tab, line and page breaks.
bool looksBinary(const QByteArray &bytes)
{
    qsizetype controls = 0;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')
            ++controls;
    }
    return controls * 100 > bytes.size();
}

ArticleBytes decoded(QStringDecoder &decoder, const QByteArray &bytes, bool guessed = false)
{
    ArticleBytes a;
    a.text = decoder.decode(bytes);
    // A byte order mark is a character of the file (U+FEFF) to anyone who reads it as UTF-8, so the
    // offsets the extractor reports count it; read as a space, it cannot join the first word.
    if (a.text.startsWith(QChar(0xFEFF)))
        a.text[0] = QLatin1Char(' ');
    a.encoding = QString::fromLatin1(decoder.name());
    a.guessed = guessed;
    if (decoder.hasError() && !guessed) // (a byte Windows-1252 leaves undefined reads as a replacement character)
        a.error = QStringLiteral("the bytes are not valid %1").arg(a.encoding);
    return a;
}

} // namespace

ArticleBytes decodeArticle(const QByteArray &bytes)
{
    // a byte order mark says it outright (UTF-16 text is full of NUL bytes, so before the binary check)
    if (const auto bom = QStringConverter::encodingForData(bytes); bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom, QStringConverter::Flag::ConvertInitialBom);
        return decoded(decoder, bytes);
    }
    if (looksBinary(bytes)) {
        ArticleBytes binary;
        binary.error = QStringLiteral("it holds binary data, not text");
        return binary;
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    if (ArticleBytes a = decoded(utf8, bytes); a.error.isEmpty())
        return a;
    // a page that says what it is written in ("<meta charset=iso-8859-1>"; a decoder for UTF-8 when it
    // declares nothing, which has just failed)
    if (QStringDecoder page = QStringDecoder::decoderForHtml(bytes); page.isValid() && page.name() != QByteArrayView("UTF-8")) {
        if (ArticleBytes a = decoded(page, bytes); a.error.isEmpty())
            return a;
    }
    QStringDecoder windows("windows-1252"); // (ICU's; Latin-1 where Qt was built without it)
    if (!windows.isValid())
        windows = QStringDecoder(QStringConverter::Latin1);
    return decoded(windows, bytes, true);
}

} // namespace dateline::extract
