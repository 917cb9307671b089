#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace parallax {

/// RFC 4180 CSV as UTF-8 with a byte-order mark and CRLF line ends, which Excel and WPS open
/// correctly with Chinese text. Fields with commas, quotes or line breaks are quoted. Pure function.
[[nodiscard]] QByteArray toCsv(const QList<QStringList> &rows);

} // namespace parallax
