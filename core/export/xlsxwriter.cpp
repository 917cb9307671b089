#include "core/export/xlsxwriter.h"

#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

/// Display width in Excel's character units: CJK characters take two.
double textWidth(const QString &text)
{
    double width = 0;
    for (QChar c : text)
        width += c.unicode() >= 0x1100 ? 2.1 : 1.1;
    return width;
}

} // namespace

Result<void> writeXlsx(const QString &path, const std::vector<XlsxSheet> &sheets)
{
    const QByteArray fileName = QFile::encodeName(path);
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    options.use_zip64 = LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return fail(ErrorCode::InvalidArgument, path, u"cannot create the workbook"_s);

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrapped = workbook_add_format(workbook);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *number = workbook_add_format(workbook);
    format_set_num_format(number, "General");
    format_set_align(number, LXW_ALIGN_VERTICAL_TOP);

    for (const XlsxSheet &sheet : sheets) {
        const QByteArray name = sheet.name.left(31).toUtf8();
        lxw_worksheet *worksheet = workbook_add_worksheet(workbook, name.isEmpty() ? nullptr : name.constData());
        if (!worksheet) {
            workbook_close(workbook);
            return fail(ErrorCode::InvalidArgument, path, u"invalid sheet name: %1"_s.arg(sheet.name));
        }
        QList<double> widths;
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QVariantList &row = sheet.rows[r];
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QVariant &value = row[c];
                const auto rowIndex = lxw_row_t(r);
                const auto columnIndex = lxw_col_t(c);
                if (widths.size() <= c)
                    widths.resize(c + 1, 6);
                if (value.isNull())
                    continue;
                if (isNumber(value) && r > 0) {
                    worksheet_write_number(worksheet, rowIndex, columnIndex, value.toDouble(), number);
                    widths[c] = std::max(widths[c], textWidth(value.toString()));
                } else {
                    const QByteArray text = value.toString().toUtf8();
                    worksheet_write_string(worksheet, rowIndex, columnIndex, text.constData(),
                                           r == 0 ? header : wrapped);
                    widths[c] = std::max(widths[c], textWidth(value.toString()));
                }
            }
        }
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const double width = c < sheet.columnWidths.size() ? sheet.columnWidths[c] : std::min(widths[c] + 1, 60.0);
            worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
        if (!sheet.rows.isEmpty())
            worksheet_freeze_panes(worksheet, 1, 0);
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return fail(ErrorCode::InvalidArgument, path, QString::fromUtf8(lxw_strerror(error)));
    return {};
}

} // namespace parallax
