#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace parallax {

/// A sparse weighted term vector, sorted by term id. Plain value.
struct TermVector
{
    std::vector<std::pair<quint64, float>> terms;

    [[nodiscard]] bool isEmpty() const { return terms.empty(); }
    /// Scales to unit length (no-op for an empty vector).
    void normalize();
    /// this += factor * other (both sorted; the result stays sorted).
    void add(const TermVector &other, float factor = 1.0f);
};

/// Dot product of two sorted vectors; the cosine when both are normalised.
[[nodiscard]] double dot(const TermVector &a, const TermVector &b);

} // namespace parallax
