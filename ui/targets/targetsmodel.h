#pragma once

#include "core/indicators/targettable.h"
#include "ui/targets/observationloader.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace parallax {

/// Indicators × documents: one row per indicator and measure, a label column, one column per
/// document (its targets for its planned year, or its actuals for its reviewed year), then one
/// attainment column per region and year that has a target and the matching actual.
/// Cells compare with the column to their left (same region, previous year): raised ▲, lowered ▼,
/// added, dropped, qualifier loosened or tightened. GUI thread only.
class TargetsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsModel)

public:
    enum Role {
        IndicatorRole = Qt::UserRole + 1, ///< canonical indicator name
        MeasureRole,        ///< "growth" | "level" | "rate"
        GroupRole,          ///< indicator group key (IndicatorGroups)
        ColumnTypeRole,     ///< "indicator" | "document" | "attainment"
        DocumentIdRole,
        ValueRole,          ///< double, or invalid
        ValueMaxRole,
        UnitRole,
        QualifierRole,      ///< "min" | "about" | "max" | "range" | "exact" | "qualitative"
        KindRole,           ///< "target" | "actual"
        YearRole,
        QuoteRole,
        QuoteStartRole,
        QuoteEndRole,
        ChangeRole,         ///< vs the column to the left: "raised" | "lowered" | "added" | "dropped" | …
        QualifierChangeRole,///< "tightened" | "loosened" | "changed" | ""
        AttainmentRole,     ///< "met" | "missed" | "unknown"
        MarginRole,         ///< actual − target, in the target's unit
        EditedRole,         ///< bool: corrected or added by the user
        SortRole,           ///< what sorting compares
    };
    Q_ENUM(Role)

    static constexpr int labelColumns = 2; ///< indicator, measure

    explicit TargetsModel(QObject *parent = nullptr);

    /// Rebuilds the table from loaded documents, showing observations of `kind`.
    void setDocuments(std::vector<DocumentObservationSet> documents, ObservationKind kind = ObservationKind::Target);
    void setKind(ObservationKind kind);
    [[nodiscard]] ObservationKind kind() const { return m_kind; }
    [[nodiscard]] const std::vector<DocumentObservationSet> &documents() const { return m_documents; }

    /// Sets (replaces) the user's edit of an observation of a loaded document and rebuilds the
    /// table. False if the document is not loaded.
    bool setEdit(const ObservationEdit &edit);
    /// Removes the user's edit of `key`, bringing back the extracted figure (or removing an added one).
    bool removeEdit(qint64 documentId, const ObservationKey &key);
    [[nodiscard]] std::optional<ObservationEdit> editOf(qint64 documentId, const ObservationKey &key) const;
    /// The key an edit of `shown` (as displayed, maybe already edited) must use: the key of the
    /// extracted observation it replaced, or its own.
    [[nodiscard]] ObservationKey editKeyFor(qint64 documentId, const Observation &shown) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The observation shown in a document cell, if any.
    [[nodiscard]] std::optional<Observation> observationAt(const QModelIndex &index) const;
    /// The document of a document column, or 0.
    [[nodiscard]] qint64 documentIdAt(int column) const;
    [[nodiscard]] int documentColumnCount() const { return int(m_table.columns.size()); }
    [[nodiscard]] int attainmentColumnCount() const { return int(m_attainmentColumns.size()); }
    [[nodiscard]] QString indicatorAt(int row) const;
    [[nodiscard]] Measure measureAt(int row) const;
    /// Every indicator with a row, in row order.
    [[nodiscard]] QStringList indicators() const;

private:
    struct AttainmentColumn
    {
        QString region;
        int year = 0;
    };
    struct Row
    {
        QString indicator;
        Measure measure = Measure::Growth;
        std::vector<std::optional<Observation>> cells;
        std::vector<std::optional<TargetDiff>> changes;              ///< per document column
        std::vector<std::optional<AttainmentResult>> attainments;    ///< per attainment column
    };

    void rebuild();
    [[nodiscard]] QVariant documentCell(const Row &row, std::size_t column, int role) const;
    [[nodiscard]] QVariant attainmentCell(const Row &row, std::size_t column, int role) const;

    std::vector<DocumentObservationSet> m_documents;
    ObservationKind m_kind = ObservationKind::Target;
    TargetTable m_table;
    std::vector<AttainmentColumn> m_attainmentColumns;
    std::vector<Row> m_rows;
};

} // namespace parallax
