#include "core/diff/sequencediff.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <limits>

namespace parallax {

namespace {

using Seq = std::span<const quint32>;

class Differ
{
public:
    Differ(const SequenceDiffLimits &limits, quint32 keyCount)
        : m_limits(limits)
        , m_positionA(keyCount, unseen)
        , m_positionB(keyCount, unseen)
    {
    }

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
        // positionA[key]: unseen, seen more than once (-1), or its only position in `a`.
        for (qsizetype i = 0; i < qsizetype(a.size()); ++i) {
            qsizetype &seen = m_positionA[a[i]];
            seen = seen == unseen ? i : -1;
        }
        for (qsizetype j = 0; j < qsizetype(b.size()); ++j) {
            qsizetype &seen = m_positionB[b[j]];
            seen = seen == unseen ? j : -1;
        }
        // Pairs (i, j) in order of j, then LIS on i.
        std::vector<std::pair<qsizetype, qsizetype>> pairs;
        for (qsizetype j = 0; j < qsizetype(b.size()); ++j) {
            if (m_positionB[b[j]] != j)
                continue;
            const qsizetype i = m_positionA[b[j]]; // unseen and -1 are negative
            if (i >= 0)
                pairs.push_back({i, j});
        }
        // The scratch tables are clean again before the recursion below uses them.
        for (const quint32 key : a)
            m_positionA[key] = unseen;
        for (const quint32 key : b)
            m_positionB[key] = unseen;
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

    // Elements the two sides have in common, counted with multiplicity: no common subsequence is
    // longer, so no edit script is shorter than a.size() + b.size() - 2 * common.
    qsizetype commonElements(Seq a, Seq b)
    {
        for (const quint32 key : a)
            m_positionA[key] = m_positionA[key] == unseen ? 1 : m_positionA[key] + 1;
        qsizetype common = 0;
        for (const quint32 key : b) {
            qsizetype &left = m_positionA[key];
            if (left > 0) { // unseen is negative
                ++common;
                --left;
            }
        }
        for (const quint32 key : a)
            m_positionA[key] = unseen;
        return common;
    }

    void bisect(Seq a, Seq b)
    {
        const qsizetype n = qsizetype(a.size());
        const qsizetype m = qsizetype(b.size());
        // The middle snake of an edit script of length D is found in round ceil(D / 2); round d
        // starts with (d + 1)(d + 2) steps spent. If even the shortest possible script cannot be
        // reached within the budget, the search below would give up: give up without it (same result).
        if (qint64(n + m) * qint64(n + m) / 4 > m_limits.myersBudget) {
            const qint64 shortest = n + m - 2 * commonElements(a, b);
            const qint64 round = std::max<qint64>(0, shortest / 2 - 1);
            if ((round + 1) * (round + 2) > m_limits.myersBudget) {
                ++m_approximate;
                emit(EditOp::Type::Delete, n);
                emit(EditOp::Type::Insert, m);
                return;
            }
        }
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

    static constexpr qsizetype unseen = std::numeric_limits<qsizetype>::min();

    const SequenceDiffLimits &m_limits;
    // Scratch tables indexed by element, all `unseen` between uses (dense keys, see sequenceDiff()).
    std::vector<qsizetype> m_positionA;
    std::vector<qsizetype> m_positionB;
    std::vector<EditOp> m_ops;
    int m_approximate = 0;
};

} // namespace

SequenceDiffResult sequenceDiff(std::span<const quint32> a, std::span<const quint32> b,
                                const SequenceDiffLimits &limits)
{
    // The differ indexes tables by element: elements are renumbered 0..K-1 unless they already
    // are small (diffTexts() numbers distinct tokens densely).
    quint32 largest = 0;
    for (const Seq side : {a, b}) {
        for (const quint32 key : side)
            largest = std::max(largest, key);
    }
    const size_t total = a.size() + b.size();
    if (largest < 4 * total + 1024) {
        Differ differ(limits, largest + 1);
        differ.diff(a, b);
        return differ.take();
    }
    QHash<quint32, quint32> numbers;
    numbers.reserve(qsizetype(total));
    std::array<std::vector<quint32>, 2> dense;
    for (int s = 0; s < 2; ++s) {
        const Seq side = s == 0 ? a : b;
        dense[size_t(s)].reserve(side.size());
        for (const quint32 key : side) {
            auto it = numbers.constFind(key);
            if (it == numbers.constEnd())
                it = numbers.insert(key, quint32(numbers.size()));
            dense[size_t(s)].push_back(it.value());
        }
    }
    Differ differ(limits, quint32(numbers.size()));
    differ.diff(dense[0], dense[1]);
    return differ.take();
}

} // namespace parallax
