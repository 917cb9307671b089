#pragma once

// Shared helpers of the alignment and topic tests: loading samples and finding units by heading.

#include "core/align/alignunit.h"
#include "core/import/importer.h"

#include <QFile>
#include <QHash>
#include <QStringList>

#include <vector>

namespace parallax::testing {

inline const Document &sample(const QString &name)
{
    static QHash<QString, Document> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        auto document = importFile(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
        it = cache.insert(name, document ? *document : Document{});
    }
    return it.value();
}

/// Index of the only unit whose heading contains `needle`; -1 if none, -2 if several.
inline int unitByHeading(const std::vector<AlignUnit> &units, const QString &needle)
{
    int found = -1;
    for (int i = 0; i < int(units.size()); ++i) {
        if (units[size_t(i)].heading.contains(needle)) {
            if (found >= 0)
                return -2;
            found = i;
        }
    }
    return found;
}

/// Tab-separated rows of a test data file, without comments and blank lines.
inline QList<QStringList> readTsv(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        rows << line.split(u'\t');
    }
    return rows;
}

} // namespace parallax::testing
