#include "ui/targets/targetsexport.h"

#include "core/export/csvwriter.h"
#include "ui/targets/observationtext.h"
#include "ui/targets/targetsmodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {


QString columnType(const QAbstractItemModel &model, int column)
{
    return model.rowCount() > 0 ? model.index(0, column).data(TargetsModel::ColumnTypeRole).toString() : QString();
}

QString headerText(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal).toString().replace(u'\n', u' ');
}

QString cellText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return QLocale::c().toString(value.toDouble(), 'g', 12);
    return value.toString();
}

QString translatedKey(const QString &key, const QString &what)
{
    // Stable keys from the model turned into the user's language for the sheet.
    if (what == u"qualifier") {
        for (Qualifier q : {Qualifier::Min, Qualifier::About, Qualifier::Max, Qualifier::Range, Qualifier::Exact,
                            Qualifier::Qualitative}) {
            if (toString(q) == key)
                return displayName(q);
        }
    } else if (what == u"change") {
        for (TargetChange c : {TargetChange::Raised, TargetChange::Lowered, TargetChange::Added, TargetChange::Dropped,
                               TargetChange::Reworded}) {
            if (toString(c) == key)
                return displayName(c);
        }
    } else if (what == u"qualifierChange") {
        for (QualifierChange c : {QualifierChange::Tightened, QualifierChange::Loosened, QualifierChange::Changed}) {
            if (toString(c) == key)
                return displayName(c);
        }
    }
    return {};
}

} // namespace

QList<QVariantList> targetsSheetRows(const QAbstractItemModel &model)
{
    QVariantList header{QCoreApplication::translate("Parallax::TargetsExport", "Indicator"), QCoreApplication::translate("Parallax::TargetsExport", "Measure")};
    const int columns = model.columnCount();
    for (int column = TargetsModel::labelColumns; column < columns; ++column) {
        const QString name = headerText(model, column);
        if (columnType(model, column) == u"attainment") {
            header << name << QCoreApplication::translate("Parallax::TargetsExport", "%1: margin").arg(name);
        } else {
            header << QCoreApplication::translate("Parallax::TargetsExport", "%1: value").arg(name) << QCoreApplication::translate("Parallax::TargetsExport", "%1: up to").arg(name) << QCoreApplication::translate("Parallax::TargetsExport", "%1: unit").arg(name)
                   << QCoreApplication::translate("Parallax::TargetsExport", "%1: qualifier").arg(name) << QCoreApplication::translate("Parallax::TargetsExport", "%1: change").arg(name);
        }
    }
    QList<QVariantList> rows{header};
    for (int row = 0; row < model.rowCount(); ++row) {
        QVariantList line{model.index(row, 0).data().toString(), model.index(row, 1).data().toString()};
        for (int column = TargetsModel::labelColumns; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            if (index.data(TargetsModel::ColumnTypeRole).toString() == u"attainment") {
                const QString attainment = index.data(TargetsModel::AttainmentRole).toString();
                line << (attainment.isEmpty() ? QVariant() : QVariant(index.data().toString().section(u" ("_s, 0, 0)))
                     << index.data(TargetsModel::MarginRole);
                continue;
            }
            QVariant value = index.data(TargetsModel::ValueRole);
            if (!value.isValid() && !index.data(TargetsModel::QuoteRole).toString().isEmpty())
                value = index.data(TargetsModel::QuoteRole); // a target in words: its wording
            QString change = translatedKey(index.data(TargetsModel::ChangeRole).toString(), u"change"_s);
            const QString qualifierChange =
                translatedKey(index.data(TargetsModel::QualifierChangeRole).toString(), u"qualifierChange"_s);
            if (!qualifierChange.isEmpty())
                change = change.isEmpty() ? qualifierChange : change + u", "_s + qualifierChange;
            const QString qualifier = index.data(TargetsModel::QualifierRole).toString();
            line << value << index.data(TargetsModel::ValueMaxRole) << index.data(TargetsModel::UnitRole)
                 << (qualifier.isEmpty() ? QVariant() : QVariant(translatedKey(qualifier, u"qualifier"_s)))
                 << (change.isEmpty() ? QVariant() : QVariant(change));
        }
        rows << line;
    }
    return rows;
}

QList<QVariantList> quotesSheetRows(const QAbstractItemModel &model)
{
    QList<QVariantList> rows{{QCoreApplication::translate("Parallax::TargetsExport", "Indicator"), QCoreApplication::translate("Parallax::TargetsExport", "Measure"), QCoreApplication::translate("Parallax::TargetsExport", "Document"), QCoreApplication::translate("Parallax::TargetsExport", "Year"), QCoreApplication::translate("Parallax::TargetsExport", "Figure"), QCoreApplication::translate("Parallax::TargetsExport", "Quote"),
                              QCoreApplication::translate("Parallax::TargetsExport", "Edited by user")}};
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = TargetsModel::labelColumns; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            if (index.data(TargetsModel::ColumnTypeRole).toString() != u"document"
                || index.data(TargetsModel::QuoteRole).toString().isEmpty())
                continue;
            QString figure = index.data().toString();
            figure = figure.section(u' ', 0, 0);
            rows << QVariantList{model.index(row, 0).data().toString(), model.index(row, 1).data().toString(),
                                 model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(),
                                 index.data(TargetsModel::YearRole).toInt(), figure,
                                 index.data(TargetsModel::QuoteRole).toString(),
                                 index.data(TargetsModel::EditedRole).toBool() ? QCoreApplication::translate("Parallax::TargetsExport", "yes") : QString()};
        }
    }
    return rows;
}

QByteArray targetsCsv(const QAbstractItemModel &model)
{
    QList<QStringList> rows;
    for (const QVariantList &row : targetsSheetRows(model)) {
        QStringList line;
        for (const QVariant &cell : row)
            line << cellText(cell);
        rows << line;
    }
    return toCsv(rows);
}

QString targetsTabSeparated(const QAbstractItemModel &model)
{
    QStringList lines;
    for (const QVariantList &row : targetsSheetRows(model)) {
        QStringList cells;
        for (const QVariant &cell : row) {
            QString text = cellText(cell);
            text.replace(u'\t', u' ').replace(u'\n', u' ');
            cells << text;
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

Result<void> writeTargetsXlsx(const QAbstractItemModel &model, const QString &path)
{
    XlsxSheet quotes{QCoreApplication::translate("Parallax::TargetsExport", "Quotes"), quotesSheetRows(model), {22, 8, 36, 8, 14, 80, 10}};
    return writeXlsx(path, {XlsxSheet{QCoreApplication::translate("Parallax::TargetsExport", "Targets"), targetsSheetRows(model), {}}, quotes});
}

} // namespace parallax
