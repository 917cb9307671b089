#include "ui/targets/documentpicker.h"

#include "ui/common/displaynames.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

DocumentPicker::DocumentPicker(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(u"documentPicker"_s);
    auto *label = new QLabel(tr("Documents"), this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto *all = new QPushButton(tr("All"), this);
    auto *none = new QPushButton(tr("None"), this);
    all->setToolTip(tr("Use every document in the library"));
    none->setToolTip(tr("Clear the selection"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(label, 1);
    buttons->addWidget(all);
    buttons->addWidget(none);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    m_list->setUniformItemSizes(true);
    m_list->setToolTip(tr("Tick the documents to compare"));

    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT checkedIdsChanged(checkedIds());
    });
}

void DocumentPicker::setDocuments(const std::vector<DocumentSummary> &documents)
{
    const QList<qint64> checked = checkedIds();
    std::vector<DocumentSummary> sorted = documents;
    std::stable_sort(sorted.begin(), sorted.end(), [](const DocumentSummary &a, const DocumentSummary &b) {
        const int ya = targetYear(a.meta);
        const int yb = targetYear(b.meta);
        if (ya != yb)
            return ya > yb;
        return a.meta.region < b.meta.region;
    });
    m_updating = true;
    m_list->clear();
    m_years.clear();
    for (const DocumentSummary &summary : sorted) {
        m_years.insert(summary.id, summary.meta.periodEnd > 0 ? 0 : summary.meta.yearPlanned);
        const QString year = yearText(summary.meta.yearPlanned, summary.meta.periodEnd);
        auto *item = new QListWidgetItem(u"%1 %2 · %3"_s.arg(summary.meta.region, year, displayName(summary.meta.kind)), m_list);
        item->setToolTip(summary.meta.title);
        item->setData(Qt::UserRole, summary.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(summary.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    if (checkedIds() != checked)
        Q_EMIT checkedIdsChanged(checkedIds());
}

void DocumentPicker::setCheckedIds(const QList<qint64> &ids)
{
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    Q_EMIT checkedIdsChanged(checkedIds());
}

QList<qint64> DocumentPicker::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void DocumentPicker::checkLatestIfNone()
{
    if (!checkedIds().isEmpty() || m_years.isEmpty())
        return;
    int latest = 0;
    for (int year : std::as_const(m_years))
        latest = std::max(latest, year);
    // A table or chart of hundreds of columns helps nobody and takes long to read: the default is
    // the first few of the latest year, in list order (by region).
    constexpr int kDefaultChecked = 12;
    QList<qint64> ids;
    for (int i = 0; i < m_list->count() && ids.size() < kDefaultChecked; ++i) {
        const qint64 id = m_list->item(i)->data(Qt::UserRole).toLongLong();
        if (m_years.value(id) == latest)
            ids << id;
    }
    setCheckedIds(ids);
}

void DocumentPicker::setAllChecked(bool checked)
{
    QList<qint64> ids;
    if (checked) {
        for (int i = 0; i < m_list->count(); ++i)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    }
    setCheckedIds(ids);
}

} // namespace parallax
