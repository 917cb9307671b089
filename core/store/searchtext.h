#pragma once

#include <QString>
#include <QStringView>

namespace parallax {

/// Turns text into the token stream of the full-text index: each CJK run as its overlapping
/// character bigrams followed by its last character alone, lone CJK characters and Latin words and
/// numbers whole, separated by spaces. Bigram phrases find any substring of two or more characters
/// and a prefix query on one character finds it anywhere, so one- and two-character Chinese queries
/// work, which FTS5's trigram tokenizer cannot do. Pure functions; any thread.
[[nodiscard]] QString bigramTokens(QStringView text);

/// An FTS5 MATCH expression for a user query (quoted, so metacharacters are inert). Empty if the
/// query has no searchable characters.
[[nodiscard]] QString matchExpression(QStringView query);

} // namespace parallax
