// A minimal JSON tokenizer that only tracks nesting, keys and line numbers.
#include "core/io/interchange/jsonlines.h"

namespace dateline {

std::vector<qint64> jsonArrayElementLines(const QByteArray &json, std::initializer_list<QByteArrayView> path)
{
    struct Frame {
        bool array = false;
        bool expectKey = false;
        QByteArray key;
    };
    const std::vector<QByteArrayView> want(path);
    std::vector<Frame> stack;
    std::vector<qint64> lines;
    qint64 line = 1;

    auto atTarget = [&]() {
        if (stack.size() != want.size() + 1 || !stack.back().array)
            return false;
        for (size_t k = 0; k < want.size(); ++k)
            if (stack[k].array || stack[k].key != want[k])
                return false;
        return true;
    };
    auto valueStarts = [&]() {
        if (atTarget())
            lines.push_back(line);
    };

    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        switch (c) {
        case '\n':
            ++line;
            break;
        case '{':
        case '[':
            valueStarts();
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
                valueStarts();
            const qsizetype start = i + 1;
            ++i;
            while (i < n && json[i] != '"') {
                if (json[i] == '\\')
                    ++i;
                else if (json[i] == '\n')
                    ++line;
                ++i;
            }
            if (isKey)
                stack.back().key = json.mid(start, i - start);
            break;
        }
        default:
            if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
                valueStarts();
                while (i + 1 < n && json[i + 1] != ',' && json[i + 1] != ']' && json[i + 1] != '}'
                       && json[i + 1] != '\n' && json[i + 1] != ' ')
                    ++i;
            }
        }
    }
    return lines;
}

qint64 lineOfOffset(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    return 1 + QByteArrayView(data).first(offset).count('\n');
}

} // namespace dateline
