#include "ui/compare/alignmentoverride.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

std::optional<std::pair<int, int>> findUnit(const Comparison &comparison, const QByteArray &hash,
                                            const QString &key)
{
    for (size_t d = 0; d < comparison.documents.size() && d < comparison.matrix.units.size(); ++d) {
        if (comparison.documents[d].contentHash != hash)
            continue;
        const std::vector<AlignUnit> &units = comparison.matrix.units[d];
        for (size_t u = 0; u < units.size(); ++u) {
            if (unitKey(units[u]) == key)
                return std::pair{int(d), int(u)};
        }
    }
    return std::nullopt;
}

int rowOf(const AlignmentMatrix &matrix, int document, int unit)
{
    for (size_t r = 0; r < matrix.rows.size(); ++r) {
        const auto &cell = matrix.rows[r].cells[size_t(document)];
        if (cell && cell->unit == unit)
            return int(r);
    }
    return -1;
}

AlignmentRow singleCellRow(const AlignmentMatrix &matrix, int document, int unit)
{
    AlignmentRow row;
    row.topic = matrix.units[size_t(document)][size_t(unit)].topic;
    row.cells.resize(matrix.units.size());
    row.cells[size_t(document)] = AlignmentCell{document, unit};
    return row;
}

bool isEmptyRow(const AlignmentRow &row)
{
    return std::none_of(row.cells.begin(), row.cells.end(), [](const auto &cell) { return cell.has_value(); });
}

} // namespace

QString unitKey(const AlignUnit &unit)
{
    QStringList parts;
    for (int index : unit.path)
        parts << QString::number(index);
    QString key = parts.join(u'.');
    if (unit.paragraph >= 0)
        key += u'#' + QString::number(unit.paragraph);
    return key;
}

QString AlignmentOverride::toString() const
{
    return QStringList{link ? u"link"_s : u"unlink"_s, QString::number(int(depth)), QString::fromLatin1(leftHash),
                       leftPath, QString::fromLatin1(rightHash), rightPath}
        .join(u'|');
}

std::optional<AlignmentOverride> AlignmentOverride::fromString(const QString &text)
{
    const QStringList parts = text.split(u'|');
    if (parts.size() != 6 || (parts[0] != u"link"_s && parts[0] != u"unlink"_s))
        return std::nullopt;
    bool ok = false;
    const int depth = parts[1].toInt(&ok);
    if (!ok || depth < 0 || depth > int(AlignDepth::Paragraphs))
        return std::nullopt;
    AlignmentOverride result;
    result.link = parts[0] == u"link"_s;
    result.depth = AlignDepth(depth);
    result.leftHash = parts[2].toLatin1();
    result.leftPath = parts[3];
    result.rightHash = parts[4].toLatin1();
    result.rightPath = parts[5];
    return result;
}

bool AlignmentOverride::samePair(const AlignmentOverride &other) const
{
    if (depth != other.depth)
        return false;
    const bool same = leftHash == other.leftHash && leftPath == other.leftPath && rightHash == other.rightHash
                      && rightPath == other.rightPath;
    const bool swapped = leftHash == other.rightHash && leftPath == other.rightPath
                         && rightHash == other.leftHash && rightPath == other.leftPath;
    return same || swapped;
}

void addAlignmentOverride(QList<AlignmentOverride> &overrides, const AlignmentOverride &override)
{
    overrides.removeIf([&](const AlignmentOverride &existing) { return existing.samePair(override); });
    overrides.append(override);
}

void applyAlignmentOverrides(Comparison &comparison, const QList<AlignmentOverride> &overrides)
{
    AlignmentMatrix &matrix = comparison.matrix;
    for (const AlignmentOverride &override : overrides) {
        if (override.depth != comparison.depth)
            continue;
        const auto left = findUnit(comparison, override.leftHash, override.leftPath);
        const auto right = findUnit(comparison, override.rightHash, override.rightPath);
        if (!left || !right || left->first == right->first)
            continue;
        const int leftRow = rowOf(matrix, left->first, left->second);
        const int rightRow = rowOf(matrix, right->first, right->second);
        if (leftRow < 0 || rightRow < 0)
            continue;
        if (!override.link) {
            if (leftRow != rightRow)
                continue;
            matrix.rows[size_t(leftRow)].cells[size_t(right->first)].reset();
            matrix.rows.insert(matrix.rows.begin() + leftRow + 1, singleCellRow(matrix, right->first, right->second));
            comparison.overriddenCells.insert({right->first, right->second});
            continue;
        }
        comparison.overriddenCells.insert({left->first, left->second});
        comparison.overriddenCells.insert({right->first, right->second});
        if (leftRow == rightRow)
            continue;
        // The right unit joins the left unit's row; whoever sat there gets a row of its own.
        std::optional<AlignmentCell> displaced = matrix.rows[size_t(leftRow)].cells[size_t(right->first)];
        matrix.rows[size_t(leftRow)].cells[size_t(right->first)] = AlignmentCell{right->first, right->second};
        matrix.rows[size_t(rightRow)].cells[size_t(right->first)].reset();
        int removedBefore = 0;
        if (isEmptyRow(matrix.rows[size_t(rightRow)])) {
            matrix.rows.erase(matrix.rows.begin() + rightRow);
            removedBefore = rightRow < leftRow ? 1 : 0;
        }
        if (displaced) {
            const int at = leftRow - removedBefore + 1;
            matrix.rows.insert(matrix.rows.begin() + at, singleCellRow(matrix, displaced->document, displaced->unit));
        }
    }
}

} // namespace parallax
