#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <initializer_list>
#include <vector>

namespace dateline {

// QJsonDocument keeps no positions; importers still owe the user line numbers. This scans the raw
// text once and returns the 1-based line on which each element of the array at `path` (a chain
// of object keys from the root, e.g. {"timeline", "date"}) begins. Empty when there is no such
// array. Tolerates anything: on malformed text it returns what it found so far.
std::vector<qint64> jsonArrayElementLines(const QByteArray &json, std::initializer_list<QByteArrayView> path);

// The keys of the objects at nesting depth `depth` (1: objects at the top level, as in JSON Lines;
// 2: objects in a top-level array), each once, in the order the text first names them (at most
// maxKeys): QJsonObject sorts its keys, and a table's columns should come in the file's order.
QStringList jsonObjectKeys(const QByteArray &json, int depth, qsizetype maxKeys);

// The 1-based line of a byte offset (for QJsonParseError::offset).
qint64 lineOfOffset(const QByteArray &data, qsizetype offset);

} // namespace dateline
