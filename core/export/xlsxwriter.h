#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <vector>

namespace parallax {

/// One worksheet: a name (at most 31 characters, no []:*?/\) and rows of cells. A cell holding
/// a number (int or double QVariant) is written as a number so Excel and WPS can compute with it;
/// anything else as text; a null QVariant leaves the cell empty. The first row is the header:
/// bold and frozen.
struct XlsxSheet
{
    QString name;
    QList<QVariantList> rows;
    QList<double> columnWidths; ///< in characters; missing columns get a width from their content
};

/// Writes an .xlsx workbook (via libxlsxwriter) with the sheets in order. Overwrites `path`.
/// Fails with InvalidArgument (subject: the path, detail: the library's message) if the file
/// cannot be written. Any thread.
[[nodiscard]] Result<void> writeXlsx(const QString &path, const std::vector<XlsxSheet> &sheets);

} // namespace parallax
