#include "ui/compare/compareview.h"

#include "ui/compare/diffchangemodel.h"
#include "ui/compare/diffoverviewbar.h"
#include "ui/compare/diffpane.h"

#include <QHBoxLayout>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace parallax {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_overview(new DiffOverviewBar(this))
    , m_changes(new DiffChangeModel(this))
{
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_overview);
    connect(m_overview, &DiffOverviewBar::positionClicked, this, &CompareView::onOverviewClicked);
}

DiffPane *CompareView::pane(int document) const
{
    return document >= 0 && size_t(document) < m_panes.size() ? m_panes[size_t(document)] : nullptr;
}

void CompareView::setDocumentTitles(const QStringList &titles)
{
    m_titles = titles;
    for (DiffPane *pane : m_panes)
        pane->deleteLater();
    m_panes.clear();
    for (int d = 0; d < titles.size(); ++d) {
        auto *pane = new DiffPane(m_splitter);
        pane->setObjectName(u"diffPane%1"_s.arg(d));
        m_splitter->addWidget(pane);
        m_panes.push_back(pane);
        connect(pane, &DiffPane::scrolled, this, [this, d] {
            if (!m_syncing)
                syncFrom(d);
        });
        connect(pane, &DiffPane::activated, this, [this, d] { setTarget(d); });
        connect(pane, &DiffPane::moveLinkActivated, this, [this, d](int chunk) { onMoveLink(d, chunk); });
    }
    QList<int> sizes;
    for (int d = 0; d < titles.size(); ++d)
        sizes << 1000;
    m_splitter->setSizes(sizes);
    clear();
}

void CompareView::clear()
{
    m_diff = {};
    m_target = -1;
    m_current = -1;
    m_changes->clear();
    m_overview->setMarks({});
    for (size_t d = 0; d < m_panes.size(); ++d) {
        m_panes[d]->setTitle(m_titles.value(int(d)), {});
        m_panes[d]->setMissing();
    }
    Q_EMIT currentChangeChanged(-1, 0);
}

void CompareView::setRowDiff(const RowDiff &diff, const QStringList &sectionTitles)
{
    m_diff = diff;
    m_sectionTitles = sectionTitles;
    // Keep the target the user chose if it still has a diff; else the first document that has one.
    if (m_target < 0 || size_t(m_target) >= m_diff.diffs.size() || !m_diff.diffs[size_t(m_target)]) {
        m_target = -1;
        for (size_t d = 0; d < m_diff.diffs.size(); ++d) {
            if (m_diff.diffs[d]) {
                m_target = int(d);
                break;
            }
        }
    }
    render();
}

void CompareView::setFiguresOnly(bool figuresOnly)
{
    if (m_figuresOnly == figuresOnly)
        return;
    m_figuresOnly = figuresOnly;
    render();
}

void CompareView::setTarget(int document)
{
    if (document == m_target || document < 0 || size_t(document) >= m_diff.diffs.size()
        || !m_diff.diffs[size_t(document)])
        return;
    m_target = document;
    render();
    Q_EMIT targetChanged(document);
}

const WordDiff *CompareView::targetDiff() const
{
    if (m_target < 0 || size_t(m_target) >= m_diff.diffs.size() || !m_diff.diffs[size_t(m_target)])
        return nullptr;
    return &*m_diff.diffs[size_t(m_target)];
}

void CompareView::render()
{
    m_current = -1;
    const int base = m_diff.base;
    const WordDiff *navigation = targetDiff();
    for (size_t d = 0; d < m_panes.size(); ++d) {
        DiffPane *pane = m_panes[d];
        const bool isBase = int(d) == base;
        pane->setRole(isBase, int(d) == m_target);
        pane->setTitle(m_titles.value(int(d)), m_sectionTitles.value(int(d)));
        if (d >= m_diff.texts.size() || (m_diff.texts[d].isEmpty() && !(d < m_diff.diffs.size() && m_diff.diffs[d]))) {
            pane->setMissing();
            continue;
        }
        const QString &baseText = size_t(base) < m_diff.texts.size() ? m_diff.texts[size_t(base)] : QString();
        if (isBase) {
            // The base is marked against the target: what the target deleted or changed.
            pane->setContent(m_diff.texts[d], navigation, LeftSide,
                             m_target >= 0 ? m_diff.texts[size_t(m_target)] : QString(), m_figuresOnly);
        } else {
            const WordDiff *diff = d < m_diff.diffs.size() && m_diff.diffs[d] ? &*m_diff.diffs[d] : nullptr;
            pane->setContent(m_diff.texts[d], diff, RightSide, baseText, m_figuresOnly);
        }
    }
    if (navigation)
        m_changes->setDiff(m_diff.texts[size_t(base)], m_diff.texts[size_t(m_target)], *navigation);
    else
        m_changes->clear();
    m_changes->setFiguresOnly(m_figuresOnly);
    updateOverview();
    Q_EMIT currentChangeChanged(-1, m_changes->changeCount());
}

void CompareView::updateOverview()
{
    std::vector<DiffOverviewBar::Mark> marks;
    const DiffPane *targetPane = pane(m_target);
    if (targetPane) {
        const double length = std::max<qsizetype>(1, targetPane->text().size());
        for (int row = 0; row < m_changes->changeCount(); ++row) {
            const DiffChunk *chunk = m_changes->chunk(row);
            marks.push_back({double(chunk->spans[RightSide].start) / length, chunk->kind});
        }
    }
    m_overview->setMarks(std::move(marks));
    updateVisibleRange();
}

void CompareView::updateVisibleRange()
{
    const DiffPane *targetPane = pane(m_target);
    if (!targetPane || targetPane->text().isEmpty()) {
        m_overview->setVisibleRange(0, 1);
        return;
    }
    const QTextBrowser *view = targetPane->textView();
    const double length = double(targetPane->text().size());
    const qsizetype top = targetPane->topPosition();
    const qsizetype bottom = view->cursorForPosition(QPoint(0, view->viewport()->height() - 1)).position();
    m_overview->setVisibleRange(double(top) / length, double(std::max<qsizetype>(0, bottom - top)) / length);
}

bool CompareView::nextChange()
{
    if (m_current + 1 >= m_changes->changeCount())
        return false;
    goToChange(m_current + 1);
    return true;
}

bool CompareView::previousChange()
{
    if (m_changes->changeCount() == 0 || m_current == 0)
        return false;
    goToChange(m_current < 0 ? m_changes->changeCount() - 1 : m_current - 1);
    return true;
}

void CompareView::goToChange(int row)
{
    const DiffChunk *chunk = m_changes->chunk(row);
    DiffPane *targetPane = pane(m_target);
    DiffPane *basePane = pane(m_diff.base);
    if (!chunk || !targetPane || !basePane)
        return;
    m_current = row;
    m_syncing = true;
    targetPane->setCurrentSpan(chunk->spans[RightSide], true);
    basePane->setCurrentSpan(chunk->spans[LeftSide], false);
    basePane->scrollPositionTo(chunk->spans[LeftSide].start, targetPane->viewportY(chunk->spans[RightSide].start));
    m_syncing = false;
    // The remaining compared panes follow the base.
    for (size_t d = 0; d < m_panes.size(); ++d) {
        if (int(d) != m_target && int(d) != m_diff.base && d < m_diff.diffs.size() && m_diff.diffs[d]) {
            m_syncing = true;
            const qsizetype position = mapOffset(*m_diff.diffs[d], LeftSide, chunk->spans[LeftSide].start);
            m_panes[d]->scrollPositionTo(position, basePane->viewportY(chunk->spans[LeftSide].start));
            m_syncing = false;
        }
    }
    m_overview->setCurrent(row);
    updateVisibleRange();
    Q_EMIT currentChangeChanged(row, m_changes->changeCount());
}

qsizetype CompareView::mapOffset(const WordDiff &diff, DiffSide from, qsizetype offset)
{
    const DiffSide to = from == LeftSide ? RightSide : LeftSide;
    if (diff.chunks.empty())
        return offset;
    // Chunks are in order on both sides: the last chunk starting at or before `offset` holds it.
    auto it = std::upper_bound(diff.chunks.begin(), diff.chunks.end(), offset,
                               [from](qsizetype value, const DiffChunk &chunk) { return value < chunk.spans[from].start; });
    if (it == diff.chunks.begin())
        return diff.chunks.front().spans[to].start;
    --it;
    // Skip back over chunks that have no text on this side (they sit at this position).
    while (it != diff.chunks.begin() && it->spans[from].isEmpty() && it->spans[from].start == offset)
        --it;
    const TextSpan &source = it->spans[from];
    const TextSpan &target = it->spans[to];
    if (offset >= source.end)
        return target.end;
    const qsizetype into = offset - source.start;
    if (it->kind == DiffKind::Equal)
        return std::min(target.start + into, target.end);
    return target.start + (source.length() > 0 ? into * target.length() / source.length() : 0);
}

void CompareView::syncFrom(int document)
{
    DiffPane *source = pane(document);
    if (!source || source->isMissing() || m_syncing)
        return;
    const int base = m_diff.base;
    m_syncing = true;
    const qsizetype top = source->topPosition();
    const int y = source->viewportY(top);
    qsizetype baseOffset = top;
    if (document != base) {
        const bool mapped = size_t(document) < m_diff.diffs.size() && m_diff.diffs[size_t(document)];
        baseOffset = mapped ? mapOffset(*m_diff.diffs[size_t(document)], RightSide, top) : -1;
    }
    for (size_t d = 0; d < m_panes.size() && baseOffset >= 0; ++d) {
        if (int(d) == document || m_panes[d]->isMissing())
            continue;
        qsizetype position = baseOffset;
        if (int(d) != base) {
            if (d >= m_diff.diffs.size() || !m_diff.diffs[d])
                continue;
            position = mapOffset(*m_diff.diffs[d], LeftSide, baseOffset);
        }
        m_panes[d]->scrollPositionTo(position, y);
    }
    m_syncing = false;
    updateVisibleRange();
}

void CompareView::onOverviewClicked(double position)
{
    if (m_changes->changeCount() == 0)
        return;
    const auto &marks = m_overview->marks();
    int best = 0;
    for (size_t i = 1; i < marks.size(); ++i) {
        if (std::abs(marks[i].position - position) < std::abs(marks[size_t(best)].position - position))
            best = int(i);
    }
    goToChange(best);
}

void CompareView::onMoveLink(int fromDocument, int chunk)
{
    // A move links its two ends: clicking one shows the other, in the pane that holds it.
    if (fromDocument != m_diff.base && fromDocument != m_target)
        setTarget(fromDocument);
    const int row = m_changes->rowOfChunk(chunk);
    if (row >= 0)
        goToChange(row);
}

} // namespace parallax
