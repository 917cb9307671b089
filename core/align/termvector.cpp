#include "core/align/termvector.h"

#include <cmath>

namespace parallax {

void TermVector::normalize()
{
    double sum = 0;
    for (const auto &[id, weight] : terms)
        sum += double(weight) * weight;
    if (sum <= 0)
        return;
    const float scale = float(1.0 / std::sqrt(sum));
    for (auto &term : terms)
        term.second *= scale;
}

void TermVector::add(const TermVector &other, float factor)
{
    std::vector<std::pair<quint64, float>> merged;
    merged.reserve(terms.size() + other.terms.size());
    size_t i = 0;
    size_t j = 0;
    while (i < terms.size() || j < other.terms.size()) {
        if (j == other.terms.size() || (i < terms.size() && terms[i].first < other.terms[j].first)) {
            merged.push_back(terms[i++]);
        } else if (i == terms.size() || other.terms[j].first < terms[i].first) {
            merged.push_back({other.terms[j].first, other.terms[j].second * factor});
            ++j;
        } else {
            merged.push_back({terms[i].first, terms[i].second + other.terms[j].second * factor});
            ++i;
            ++j;
        }
    }
    terms = std::move(merged);
}

double dot(const TermVector &a, const TermVector &b)
{
    double sum = 0;
    size_t i = 0;
    size_t j = 0;
    while (i < a.terms.size() && j < b.terms.size()) {
        if (a.terms[i].first < b.terms[j].first) {
            ++i;
        } else if (b.terms[j].first < a.terms[i].first) {
            ++j;
        } else {
            sum += double(a.terms[i].second) * b.terms[j].second;
            ++i;
            ++j;
        }
    }
    return sum;
}

} // namespace parallax
