#pragma once
// The importers' checks (fuzzimportchecks.cpp), listed in fuzzchecks.cpp's table.
#include <QByteArray>
#include <QString>

namespace dateline::fuzz {

QString checkCsv(const QByteArray &input);
QString checkTimelineJs(const QByteArray &input);
QString checkTheTimelineProj(const QByteArray &input);
QString checkSimile(const QByteArray &input);
QString checkWorkbook(const QByteArray &input);
QString checkJsonRecords(const QByteArray &input);
QString checkICalendar(const QByteArray &input);
QString checkGdelt(const QByteArray &input);

} // namespace dateline::fuzz
