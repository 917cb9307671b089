#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace parallax {

/// A tiny data format for the word lists that drive the parsers (resources/data/*.txt):
/// `[name]` starts a section, every other non-empty line not starting with '#' is an entry.
using SectionedList = QHash<QString, QStringList>;

[[nodiscard]] SectionedList parseSectionedList(QStringView text);

/// Reads and parses a UTF-8 file (usually a Qt resource such as ":/parallax/data/structure.txt").
/// Returns an empty list if the file cannot be read; callers treat missing data as "no entries".
[[nodiscard]] SectionedList loadSectionedList(const QString &path);

} // namespace parallax
