#pragma once

#include "core/common/result.h"
#include "core/export/xlsxwriter.h"

#include <QList>
#include <QStringList>
#include <QVariant>

class QAbstractItemModel;

namespace parallax {

/// The table as shown (a TargetsModel, or a proxy over one: filtered and sorted rows), with each
/// document's figure split into value, unit, qualifier and change columns so a spreadsheet can
/// compute with the values. Numbers stay numbers (double QVariants). GUI thread.
[[nodiscard]] QList<QVariantList> targetsSheetRows(const QAbstractItemModel &model);
/// One row per figure: indicator, measure, document, region, year, figure, quote, edited.
[[nodiscard]] QList<QVariantList> quotesSheetRows(const QAbstractItemModel &model);

/// UTF-8 CSV with BOM of targetsSheetRows().
[[nodiscard]] QByteArray targetsCsv(const QAbstractItemModel &model);
/// Tab-separated text of targetsSheetRows(), which Excel and WPS paste as cells.
[[nodiscard]] QString targetsTabSeparated(const QAbstractItemModel &model);
/// Two sheets: the table and the quotes.
[[nodiscard]] Result<void> writeTargetsXlsx(const QAbstractItemModel &model, const QString &path);

} // namespace parallax
