#include "core/diff/sequencediff.h"

#include <QHash>

#include <algorithm>

namespace parallax {

namespace {

using Seq = std::span<const quint32>;

class Differ
{
public:
    explicit Differ(const SequenceDiffLimits &limits) : m_limits(limits) {}

    void diff(Seq a, Seq b)
    {
        qsizetype prefix = 0;
        while (prefix < qsizetype(a.size()) && prefix < qsizetype(b.size()) && a[prefix] == b[prefix])
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < qsizetype(a.size()) - prefix && suffix < qsizetype(b.size()) - prefix
               && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
            ++suffix;
        emit(EditOp::Type::Equal, prefix);
        const Seq ca = a.subspan(prefix, a.size() - prefix - suffix);
        const Seq cb = b.subspan(prefix, b.size() - prefix - suffix);
        if (ca.empty() || cb.empty()) {
            emit(EditOp::Type::Delete, qsizetype(ca.size()));
            emit(EditOp::Type::Insert, qsizetype(cb.size()));
        } else if (qsizetype(ca.size() + cb.size()) > m_limits.anchorThreshold && splitOnAnchors(ca, cb)) {
            // done by splitOnAnchors
        } else {
            bisect(ca, cb);
        }
        emit(EditOp::Type::Equal, suffix);
    }

    SequenceDiffResult take() { return {std::move(m_ops), m_approximate}; }

private:
    void emit(EditOp::Type type, qsizetype count)
    {
        if (count <= 0)
            return;
        if (!m_ops.empty() && m_ops.back().type == type)
            m_ops.back().count += count;
        else
            m_ops.push_back({type, count});
    }

    // Patience split: elements unique on both sides, their longest increasing subsequence, then
    // recursion between consecutive anchors. Returns false if there is no anchor.
    bool splitOnAnchors(Seq a, Seq b)
    {
        QHash<quint32, qsizetype> countA; // -1 = seen more than once, else position
        countA.reserve(qsizetype(a.size()));
        for (qsizetype i = 0; i < qsizetype(a.size()); ++i) {
            auto it = countA.find(a[i]);
            if (it == countA.end())
                countA.insert(a[i], i);
            else
                it.value() = -1;
        }
        QHash<quint32, qsizetype> countB;
        countB.reserve(qsizetype(b.size()));
        for (qsizetype j = 0; j < qsizetype(b.size()); ++j) {
            auto it = countB.find(b[j]);
            if (it == countB.end())
                countB.insert(b[j], j);
            else
                it.value() = -1;
        }
        // Pairs (i, j) in order of j, then LIS on i.
        std::vector<std::pair<qsizetype, qsizetype>> pairs;
        for (qsizetype j = 0; j < qsizetype(b.size()); ++j) {
            if (countB.value(b[j]) != j)
                continue;
            const qsizetype i = countA.value(b[j], -1);
            if (i >= 0)
                pairs.push_back({i, j});
        }
        if (pairs.empty())
            return false;
        // Patience sorting LIS over i with back-pointers.
        std::vector<qsizetype> tails;     // index into pairs
        std::vector<qsizetype> previous(pairs.size(), -1);
        for (qsizetype p = 0; p < qsizetype(pairs.size()); ++p) {
            const qsizetype i = pairs[size_t(p)].first;
            auto it = std::lower_bound(tails.begin(), tails.end(), i,
                                       [&](qsizetype t, qsizetype value) { return pairs[size_t(t)].first < value; });
            if (it != tails.begin())
                previous[size_t(p)] = *(it - 1);
            if (it == tails.end())
                tails.push_back(p);
            else
                *it = p;
        }
        std::vector<std::pair<qsizetype, qsizetype>> anchors;
        for (qsizetype p = tails.back(); p >= 0; p = previous[size_t(p)])
            anchors.push_back(pairs[size_t(p)]);
        std::reverse(anchors.begin(), anchors.end());

        qsizetype ai = 0;
        qsizetype bj = 0;
        for (const auto &[i, j] : anchors) {
            if (i < ai || j < bj)
                continue; // swallowed by the previous anchor's equal run
            diff(a.subspan(ai, i - ai), b.subspan(bj, j - bj));
            qsizetype run = 0;
            while (i + run < qsizetype(a.size()) && j + run < qsizetype(b.size()) && a[i + run] == b[j + run])
                ++run;
            emit(EditOp::Type::Equal, run);
            ai = i + run;
            bj = j + run;
        }
        diff(a.subspan(ai), b.subspan(bj));
        return true;
    }

    void bisect(Seq a, Seq b)
    {
        const qsizetype n = qsizetype(a.size());
        const qsizetype m = qsizetype(b.size());
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype vOffset = maxD;
        const qsizetype vLength = 2 * maxD + 2;
        std::vector<qsizetype> v1(size_t(vLength), -1);
        std::vector<qsizetype> v2(size_t(vLength), -1);
        v1[size_t(vOffset + 1)] = 0;
        v2[size_t(vOffset + 1)] = 0;
        const qsizetype delta = n - m;
        const bool front = (delta % 2 != 0);
        qsizetype k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        qint64 steps = 0;
        for (qsizetype d = 0; d < maxD; ++d) {
            steps += 2 * d + 2;
            if (steps > m_limits.myersBudget)
                break;
            for (qsizetype k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const qsizetype k1Offset = vOffset + k1;
                qsizetype x1;
                if (k1 == -d || (k1 != d && v1[size_t(k1Offset - 1)] < v1[size_t(k1Offset + 1)]))
                    x1 = v1[size_t(k1Offset + 1)];
                else
                    x1 = v1[size_t(k1Offset - 1)] + 1;
                qsizetype y1 = x1 - k1;
                while (x1 < n && y1 < m && a[x1] == b[y1]) {
                    ++x1;
                    ++y1;
                }
                v1[size_t(k1Offset)] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    const qsizetype k2Offset = vOffset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < vLength && v2[size_t(k2Offset)] != -1) {
                        if (x1 >= n - v2[size_t(k2Offset)]) {
                            split(a, b, x1, y1);
                            return;
                        }
                    }
                }
            }
            for (qsizetype k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const qsizetype k2Offset = vOffset + k2;
                qsizetype x2;
                if (k2 == -d || (k2 != d && v2[size_t(k2Offset - 1)] < v2[size_t(k2Offset + 1)]))
                    x2 = v2[size_t(k2Offset + 1)];
                else
                    x2 = v2[size_t(k2Offset - 1)] + 1;
                qsizetype y2 = x2 - k2;
                while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                v2[size_t(k2Offset)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const qsizetype k1Offset = vOffset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < vLength && v1[size_t(k1Offset)] != -1) {
                        const qsizetype x1 = v1[size_t(k1Offset)];
                        const qsizetype y1 = vOffset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            split(a, b, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        // No middle snake within the budget (or no common element at all).
        if (steps > m_limits.myersBudget)
            ++m_approximate;
        emit(EditOp::Type::Delete, n);
        emit(EditOp::Type::Insert, m);
    }

    void split(Seq a, Seq b, qsizetype x, qsizetype y)
    {
        diff(a.first(x), b.first(y));
        diff(a.subspan(x), b.subspan(y));
    }

    const SequenceDiffLimits &m_limits;
    std::vector<EditOp> m_ops;
    int m_approximate = 0;
};

} // namespace

SequenceDiffResult sequenceDiff(std::span<const quint32> a, std::span<const quint32> b,
                                const SequenceDiffLimits &limits)
{
    Differ differ(limits);
    differ.diff(a, b);
    return differ.take();
}

} // namespace parallax
