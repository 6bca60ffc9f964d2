// A minimal JSON tokenizer that only tracks nesting, keys and line numbers.
#include "core/io/interchange/jsonlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dateline {

namespace {

struct Frame {
    bool array = false;
    bool expectKey = false;
    QByteArray key; // the last key read in this object, raw (escapes kept)
};

// Walks the raw text once, keeping the stack of open arrays and objects: valueStarts(stack, line)
// before each value (the stack is that of the value's container), key(stack, raw) for each key of
// an object. Never fails: malformed text is walked as far as it goes.
template <typename ValueStarts, typename Key>
void walkJson(const QByteArray &json, ValueStarts valueStarts, Key key)
{
    std::vector<Frame> stack;
    qint64 line = 1;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        switch (c) {
        case '\n':
            ++line;
            break;
        case '{':
        case '[':
            valueStarts(stack, line);
            stack.push_back({c == '[', c == '{', {}});
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty() && !stack.back().array)
                stack.back().expectKey = true;
            break;
        case ':':
            if (!stack.empty())
                stack.back().expectKey = false;
            break;
        case '"': {
            const bool isKey = !stack.empty() && !stack.back().array && stack.back().expectKey;
            if (!isKey)
                valueStarts(stack, line);
            const qsizetype start = i + 1;
            ++i;
            while (i < n && json[i] != '"') {
                if (json[i] == '\\')
                    ++i;
                else if (json[i] == '\n')
                    ++line;
                ++i;
            }
            if (isKey) {
                stack.back().key = json.mid(start, i - start);
                key(stack, stack.back().key);
            }
            break;
        }
        default:
            if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
                valueStarts(stack, line);
                while (i + 1 < n && json[i + 1] != ',' && json[i + 1] != ']' && json[i + 1] != '}'
                       && json[i + 1] != '\n' && json[i + 1] != ' ')
                    ++i;
            }
        }
    }
}

// A key as the text writes it, escapes and all ("Date \u00e9"), as the string it stands for.
QString keyText(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QJsonArray decoded = QJsonDocument::fromJson("[\"" + raw + "\"]").array();
    return decoded.isEmpty() ? QString::fromUtf8(raw) : decoded.first().toString();
}

} // namespace

std::vector<qint64> jsonArrayElementLines(const QByteArray &json, std::initializer_list<QByteArrayView> path)
{
    const std::vector<QByteArrayView> want(path);
    std::vector<qint64> lines;
    auto atTarget = [&want](const std::vector<Frame> &stack) {
        if (stack.size() != want.size() + 1 || !stack.back().array)
            return false;
        for (size_t k = 0; k < want.size(); ++k)
            if (stack[k].array || stack[k].key != want[k])
                return false;
        return true;
    };
    walkJson(
        json,
        [&](const std::vector<Frame> &stack, qint64 line) {
            if (atTarget(stack))
                lines.push_back(line);
        },
        [](const std::vector<Frame> &, const QByteArray &) {});
    return lines;
}

QStringList jsonObjectKeys(const QByteArray &json, int depth, qsizetype maxKeys)
{
    QStringList keys;
    QSet<QByteArray> seen;
    walkJson(
        json, [](const std::vector<Frame> &, qint64) {},
        [&](const std::vector<Frame> &stack, const QByteArray &raw) {
            if (stack.size() == std::size_t(depth) && keys.size() < maxKeys && !seen.contains(raw)) {
                seen.insert(raw);
                keys << keyText(raw);
            }
        });
    return keys;
}

qint64 lineOfOffset(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    return 1 + QByteArrayView(data).first(offset).count('\n');
}

} // namespace dateline
