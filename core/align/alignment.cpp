#include "core/align/alignment.h"

#include "core/align/sectionsimilarity.h"
#include "core/align/topicclassifier.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <set>

namespace parallax {

namespace {

int roleClass(SectionRole role)
{
    switch (role) {
    case SectionRole::Review:
        return 1;
    case SectionRole::Plan:
    case SectionRole::Targets:
        return 2;
    case SectionRole::Opening:
        return 3;
    case SectionRole::Closing:
        return 4;
    case SectionRole::Glossary:
    case SectionRole::GlossaryEntry:
        return 5;
    case SectionRole::Box:
        return 6;
    case SectionRole::Body:
        break;
    }
    return 0;
}

bool compatible(int a, int b, const AlignOptions &options)
{
    return options.crossRoles || a == 0 || b == 0 || a == b;
}

// Features of one unit, computed once per alignment.
struct UnitFeatures
{
    TermCounts full;
    TermCounts heading;
    int roleClass = 0;
    QString topic;
};

struct Job
{
    const Document *document = nullptr;
    AlignUnit *unit = nullptr;
    UnitFeatures *features = nullptr;
};

void computeFeatures(const Job &job)
{
    const QStringView text = QStringView(job.document->text).mid(job.unit->start, job.unit->end - job.unit->start);
    job.features->full = SectionSimilarity::countTerms(text);
    job.features->heading = SectionSimilarity::countTerms(job.unit->heading);
    job.features->roleClass = roleClass(job.unit->role);
    if (job.unit->topic.isEmpty()) {
        const QStringView body = QStringView(job.document->text).mid(job.unit->bodyStart, job.unit->end - job.unit->bodyStart);
        job.unit->topic = TopicClassifier::instance().classify(job.unit->heading, body).topic;
    }
    job.features->topic = job.unit->topic;
}

// Units and features of every document.
struct Prepared
{
    std::vector<std::vector<AlignUnit>> units;
    std::vector<std::vector<UnitFeatures>> features;
    std::vector<int> unitsLeftOut;
};

Prepared prepare(const std::vector<const Document *> &documents, const AlignOptions &options)
{
    Prepared prepared;
    prepared.units.resize(documents.size());
    prepared.features.resize(documents.size());
    prepared.unitsLeftOut.assign(documents.size(), 0);
    std::vector<Job> jobs;
    qsizetype characters = 0;
    const size_t maxUnits = size_t(std::max(1, options.maxUnits));
    for (size_t d = 0; d < documents.size(); ++d) {
        prepared.units[d] = collectUnits(*documents[d], options);
        if (prepared.units[d].size() > maxUnits) {
            prepared.unitsLeftOut[d] = int(prepared.units[d].size() - maxUnits);
            prepared.units[d].resize(maxUnits);
        }
        prepared.features[d].resize(prepared.units[d].size());
        characters += documents[d]->text.size();
    }
    for (size_t d = 0; d < documents.size(); ++d) {
        for (size_t u = 0; u < prepared.units[d].size(); ++u)
            jobs.push_back({documents[d], &prepared.units[d][u], &prepared.features[d][u]});
    }
    if (options.parallel && characters > 40'000 && jobs.size() > 1)
        QtConcurrent::blockingMap(jobs, computeFeatures);
    else
        std::for_each(jobs.begin(), jobs.end(), computeFeatures);
    return prepared;
}

// A row (or a single unit) as seen by the similarity: weighted, normalised profiles.
struct Profile
{
    TermVector full;
    TermVector heading;
    int roleClass = 0;
    QString topic;
};

double similarity(const Profile &a, const Profile &b, const AlignOptions &options)
{
    if (!compatible(a.roleClass, b.roleClass, options))
        return 0;
    const double full = dot(a.full, b.full);
    double score = full;
    if (!a.heading.isEmpty() && !b.heading.isEmpty())
        score = (1.0 - options.headingWeight) * full + options.headingWeight * dot(a.heading, b.heading);
    if (!a.topic.isEmpty() && a.topic == b.topic)
        score += options.topicBonus;
    return score;
}

Profile unitProfile(const UnitFeatures &features, const SectionSimilarity &model)
{
    return {model.weigh(features.full), model.weigh(features.heading), features.roleClass, features.topic};
}

} // namespace

std::vector<SectionMatch> matchScores(const std::vector<std::vector<double>> &rawScores, const AlignOptions &options)
{
    const int n = int(rawScores.size());
    const int m = n ? int(rawScores[0].size()) : 0;
    std::vector<SectionMatch> matches;
    if (n == 0 || m == 0)
        return matches;
    std::vector<std::vector<double>> relative;
    if (options.relativeScores) {
        std::vector<double> rowMax(size_t(n), 0.0);
        std::vector<double> columnMax(size_t(m), 0.0);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < m; ++j) {
                rowMax[size_t(i)] = std::max(rowMax[size_t(i)], rawScores[size_t(i)][size_t(j)]);
                columnMax[size_t(j)] = std::max(columnMax[size_t(j)], rawScores[size_t(i)][size_t(j)]);
            }
        }
        relative.assign(size_t(n), std::vector<double>(size_t(m), 0.0));
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < m; ++j) {
                const double raw = rawScores[size_t(i)][size_t(j)];
                if (raw >= options.minimumScore)
                    relative[size_t(i)][size_t(j)] = raw / std::sqrt(rowMax[size_t(i)] * columnMax[size_t(j)]);
            }
        }
    }
    const std::vector<std::vector<double>> &scores = options.relativeScores ? relative : rawScores;

    // 1. Best monotone matching: f[i][j] over prefixes, a pair only if it reaches the threshold.
    std::vector<double> f(size_t(n + 1) * size_t(m + 1), 0.0);
    auto at = [&](int i, int j) -> double & { return f[size_t(i) * size_t(m + 1) + size_t(j)]; };
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            double best = std::max(at(i - 1, j), at(i, j - 1));
            const double s = scores[size_t(i - 1)][size_t(j - 1)];
            if (s >= options.threshold)
                best = std::max(best, at(i - 1, j - 1) + s);
            at(i, j) = best;
        }
    }
    std::vector<int> leftMatch(size_t(n), -1);
    std::vector<int> rightMatch(size_t(m), -1);
    for (int i = n, j = m; i > 0 && j > 0;) {
        const double s = scores[size_t(i - 1)][size_t(j - 1)];
        // at(i, j) is exactly one of the three candidates it was the maximum of.
        if (s >= options.threshold && at(i, j) == at(i - 1, j - 1) + s) {
            matches.push_back({i - 1, j - 1, s, MatchKind::InOrder});
            leftMatch[size_t(i - 1)] = j - 1;
            rightMatch[size_t(j - 1)] = i - 1;
            --i;
            --j;
        } else if (at(i - 1, j) >= at(i, j - 1)) {
            --i;
        } else {
            --j;
        }
    }

    auto rowBest = [&](int i) {
        int best = 0;
        for (int j = 1; j < m; ++j) {
            if (scores[size_t(i)][size_t(j)] > scores[size_t(i)][size_t(best)])
                best = j;
        }
        return best;
    };
    auto columnBest = [&](int j) {
        int best = 0;
        for (int i = 1; i < n; ++i) {
            if (scores[size_t(i)][size_t(j)] > scores[size_t(best)][size_t(j)])
                best = i;
        }
        return best;
    };

    // 2. Crossings: unmatched mutual-best pairs scoring clearly (a section that moved).
    if (options.allowCrossings) {
        for (int i = 0; i < n; ++i) {
            if (leftMatch[size_t(i)] >= 0)
                continue;
            const int j = rowBest(i);
            const double s = scores[size_t(i)][size_t(j)];
            if (rightMatch[size_t(j)] < 0 && s >= options.crossingThreshold && columnBest(j) == i) {
                matches.push_back({i, j, s, MatchKind::Crossing});
                leftMatch[size_t(i)] = j;
                rightMatch[size_t(j)] = i;
            }
        }
    }

    // 3. One-to-many: a unit left without a partner joins its best partner's group if it scores a
    // fair share of that partner's existing match.
    if (options.allowSplits) {
        std::vector<double> leftScore(size_t(n), 0.0);
        std::vector<double> rightScore(size_t(m), 0.0);
        for (const SectionMatch &match : matches) {
            leftScore[size_t(match.left)] = std::max(leftScore[size_t(match.left)], match.score);
            rightScore[size_t(match.right)] = std::max(rightScore[size_t(match.right)], match.score);
        }
        std::vector<SectionMatch> splits;
        for (int i = 0; i < n; ++i) {
            if (leftMatch[size_t(i)] >= 0)
                continue;
            const int j = rowBest(i);
            const double s = scores[size_t(i)][size_t(j)];
            if (s >= options.threshold && s >= options.splitRatio * rightScore[size_t(j)]) {
                splits.push_back({i, j, s, MatchKind::Split});
                leftMatch[size_t(i)] = j;
            }
        }
        for (int j = 0; j < m; ++j) {
            if (rightMatch[size_t(j)] >= 0)
                continue;
            const int i = columnBest(j);
            const double s = scores[size_t(i)][size_t(j)];
            const bool already = std::any_of(splits.begin(), splits.end(),
                                             [&](const SectionMatch &x) { return x.left == i && x.right == j; });
            if (!already && s >= options.threshold && s >= options.splitRatio * leftScore[size_t(i)]) {
                splits.push_back({i, j, s, MatchKind::Split});
                rightMatch[size_t(j)] = i;
            }
        }
        matches.insert(matches.end(), splits.begin(), splits.end());
    }
    for (SectionMatch &match : matches)
        match.score = rawScores[size_t(match.left)][size_t(match.right)];
    std::sort(matches.begin(), matches.end(), [](const SectionMatch &a, const SectionMatch &b) {
        return a.left != b.left ? a.left < b.left : a.right < b.right;
    });
    return matches;
}

PairAlignment alignPair(const Document &left, const Document &right, const AlignOptions &options)
{
    Prepared prepared = prepare({&left, &right}, options);
    SectionSimilarity model;
    for (const auto &documentFeatures : prepared.features) {
        for (const UnitFeatures &features : documentFeatures)
            model.addToDocumentFrequencies(features.full);
    }
    std::vector<Profile> leftProfiles;
    std::vector<Profile> rightProfiles;
    for (const UnitFeatures &features : prepared.features[0])
        leftProfiles.push_back(unitProfile(features, model));
    for (const UnitFeatures &features : prepared.features[1])
        rightProfiles.push_back(unitProfile(features, model));

    PairAlignment result;
    result.scores.assign(leftProfiles.size(), std::vector<double>(rightProfiles.size(), 0.0));
    for (size_t i = 0; i < leftProfiles.size(); ++i) {
        for (size_t j = 0; j < rightProfiles.size(); ++j)
            result.scores[i][j] = similarity(leftProfiles[i], rightProfiles[j], options);
    }
    result.matches = matchScores(result.scores, options);
    result.left = std::move(prepared.units[0]);
    result.right = std::move(prepared.units[1]);
    result.unitsLeftOut = {prepared.unitsLeftOut[0], prepared.unitsLeftOut[1]};
    return result;
}

namespace {

struct RowState
{
    AlignmentRow row;
    std::vector<const UnitFeatures *> members;
    int roleClass = 0;
    double scoreSum = 0;
    int scoreCount = 0;
};

Profile rowProfile(const RowState &state, const SectionSimilarity &model)
{
    Profile profile;
    profile.roleClass = state.roleClass;
    QHash<QString, int> topics;
    for (const UnitFeatures *member : state.members) {
        profile.full.add(model.weigh(member->full));
        profile.heading.add(model.weigh(member->heading));
        if (!member->topic.isEmpty())
            ++topics[member->topic];
    }
    profile.full.normalize();
    profile.heading.normalize();
    int best = 0;
    for (auto it = topics.cbegin(); it != topics.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() < profile.topic)) {
            best = it.value();
            profile.topic = it.key();
        }
    }
    return profile;
}

} // namespace

AlignmentMatrix alignDocuments(const std::vector<Document> &documents, const AlignOptions &options)
{
    std::vector<const Document *> pointers;
    for (const Document &document : documents)
        pointers.push_back(&document);
    Prepared prepared = prepare(pointers, options);
    const int count = int(documents.size());

    AlignmentMatrix matrix;
    std::vector<RowState> rows;
    // IDF grows document by document: decisions for document d only depend on documents 0..d, so
    // appending a document never changes the rows already built.
    SectionSimilarity model;
    for (int d = 0; d < count; ++d) {
        const auto &features = prepared.features[size_t(d)];
        for (const UnitFeatures &unit : features)
            model.addToDocumentFrequencies(unit.full);
        if (d == 0) {
            for (int u = 0; u < int(features.size()); ++u) {
                RowState state;
                state.row.cells.assign(size_t(count), std::nullopt);
                state.row.cells[0] = AlignmentCell{0, u};
                state.members.push_back(&features[size_t(u)]);
                state.roleClass = features[size_t(u)].roleClass;
                rows.push_back(std::move(state));
            }
            continue;
        }
        std::vector<Profile> rowProfiles;
        rowProfiles.reserve(rows.size());
        for (const RowState &state : rows)
            rowProfiles.push_back(rowProfile(state, model));
        std::vector<std::vector<double>> scores(rows.size(), std::vector<double>(features.size(), 0.0));
        std::vector<Profile> unitProfiles;
        for (const UnitFeatures &unit : features)
            unitProfiles.push_back(unitProfile(unit, model));
        for (size_t r = 0; r < rows.size(); ++r) {
            for (size_t u = 0; u < features.size(); ++u)
                scores[r][u] = similarity(rowProfiles[r], unitProfiles[u], options);
        }
        std::vector<SectionMatch> matches = matchScores(scores, options);
        // Strongest first, so a row keeps its best unit when several of this document match it.
        std::stable_sort(matches.begin(), matches.end(),
                         [](const SectionMatch &a, const SectionMatch &b) { return a.score > b.score; });
        std::vector<std::vector<int>> rowsOfUnit(features.size());
        std::vector<std::pair<int, SectionMatch>> extraRows; // (after row, match) for units that share a row
        for (const SectionMatch &match : matches) {
            RowState &state = rows[size_t(match.left)];
            if (!state.row.cells[size_t(d)]) {
                state.row.cells[size_t(d)] = AlignmentCell{d, match.right};
                state.scoreSum += match.score;
                ++state.scoreCount;
                rowsOfUnit[size_t(match.right)].push_back(match.left);
            } else {
                extraRows.push_back({match.left, match});
            }
        }
        // Units that share a row with a stronger unit of the same document get a row of their own
        // right after it, repeating the other documents' cells (they correspond to both).
        std::vector<RowState> inserted;
        std::vector<int> insertAfter;
        for (const auto &[after, match] : extraRows) {
            RowState state;
            state.row.cells = rows[size_t(after)].row.cells;
            state.row.cells[size_t(d)] = AlignmentCell{d, match.right};
            state.members = rows[size_t(after)].members;
            state.roleClass = rows[size_t(after)].roleClass;
            state.scoreSum = match.score;
            state.scoreCount = 1;
            inserted.push_back(std::move(state));
            insertAfter.push_back(after);
        }
        // Unmatched units: a row of their own after the row of the previous unit of this document.
        std::vector<int> lastRowBefore(features.size(), -1);
        int last = -1;
        for (size_t u = 0; u < features.size(); ++u) {
            lastRowBefore[u] = last;
            for (int r : rowsOfUnit[u])
                last = std::max(last, r);
        }
        for (size_t u = 0; u < features.size(); ++u) {
            const bool placed = !rowsOfUnit[u].empty()
                || std::any_of(extraRows.begin(), extraRows.end(),
                               [&](const auto &extra) { return extra.second.right == int(u); });
            if (placed)
                continue;
            RowState state;
            state.row.cells.assign(size_t(count), std::nullopt);
            state.row.cells[size_t(d)] = AlignmentCell{d, int(u)};
            state.roleClass = features[u].roleClass;
            inserted.push_back(std::move(state));
            insertAfter.push_back(lastRowBefore[u]);
        }
        for (RowState &state : inserted)
            state.members.push_back(&features[size_t(state.row.cells[size_t(d)]->unit)]);
        // Stable merge: new rows go after their anchor row, in unit order.
        std::vector<size_t> order(inserted.size());
        for (size_t k = 0; k < order.size(); ++k)
            order[k] = k;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            if (insertAfter[a] != insertAfter[b])
                return insertAfter[a] < insertAfter[b];
            return inserted[a].row.cells[size_t(d)]->unit < inserted[b].row.cells[size_t(d)]->unit;
        });
        std::vector<RowState> merged;
        merged.reserve(rows.size() + inserted.size());
        size_t next = 0;
        while (next < order.size() && insertAfter[order[next]] < 0)
            merged.push_back(std::move(inserted[order[next++]]));
        for (int r = 0; r < int(rows.size()); ++r) {
            RowState &state = rows[size_t(r)];
            if (state.row.cells[size_t(d)])
                state.members.push_back(&features[size_t(state.row.cells[size_t(d)]->unit)]);
            merged.push_back(std::move(state));
            while (next < order.size() && insertAfter[order[next]] == r)
                merged.push_back(std::move(inserted[order[next++]]));
        }
        rows = std::move(merged);
    }

    for (RowState &state : rows) {
        QHash<QString, int> topics;
        QString best;
        int bestCount = 0;
        for (const auto &cell : state.row.cells) {
            if (!cell)
                continue;
            const QString &topic = prepared.units[size_t(cell->document)][size_t(cell->unit)].topic;
            if (topic.isEmpty())
                continue;
            const int c = ++topics[topic];
            if (c > bestCount) {
                bestCount = c;
                best = topic;
            }
        }
        state.row.topic = best;
        state.row.score = state.scoreCount ? state.scoreSum / state.scoreCount : 0.0;
        matrix.rows.push_back(std::move(state.row));
    }
    matrix.units = std::move(prepared.units);
    matrix.unitsLeftOut = std::move(prepared.unitsLeftOut);
    return matrix;
}

std::vector<std::pair<int, int>> matrixPairs(const AlignmentMatrix &matrix, int leftDocument, int rightDocument)
{
    std::set<std::pair<int, int>> pairs;
    for (const AlignmentRow &row : matrix.rows) {
        const auto &l = row.cells[size_t(leftDocument)];
        const auto &r = row.cells[size_t(rightDocument)];
        if (l && r)
            pairs.insert({l->unit, r->unit});
    }
    return {pairs.begin(), pairs.end()};
}

} // namespace parallax
