#include "ui/reader/outlinedock.h"

#include "ui/reader/sectiontreemodel.h"

#include <QHeaderView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace parallax {

OutlineDock::OutlineDock(QWidget *parent)
    : QDockWidget(tr("Outline"), parent)
    , m_model(new SectionTreeModel(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(u"outlineDock"_s);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setAccessibleName(tr("Outline"));
    setWidget(m_tree);

    connect(m_tree, &QTreeView::clicked, this, &OutlineDock::activate);
    connect(m_tree, &QTreeView::activated, this, &OutlineDock::activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                // Keyboard navigation in the outline moves the reader too.
                if (!m_following && m_tree->hasFocus())
                    activate(current);
            });
}

void OutlineDock::setDocument(const Document &document)
{
    m_model->setSections(document.sections);
    m_tree->expandToDepth(0);
}

void OutlineDock::clear()
{
    m_model->clear();
}

void OutlineDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_jumping = true;
    Q_EMIT sectionActivated(index.data(SectionTreeModel::StartRole).value<qsizetype>());
    m_jumping = false;
}

void OutlineDock::setReadingPosition(qsizetype position)
{
    if (m_jumping)
        return;
    const QModelIndex index = m_model->indexForPosition(position);
    if (index == m_tree->currentIndex())
        return;
    m_following = true;
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    } else {
        m_tree->clearSelection();
        m_tree->setCurrentIndex({});
    }
    m_following = false;
}

} // namespace parallax
