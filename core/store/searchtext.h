#pragma once

#include <QString>
#include <QStringView>

namespace parallax {

/// Turns text into the token stream the full-text index stores: CJK runs become space-separated
/// character unigrams (column `uni`) and overlapping bigrams (column `bi`); Latin words and numbers
/// are kept whole in both. This is what makes one- and two-character Chinese queries work, which
/// FTS5's trigram tokenizer cannot do. Pure functions; any thread.
[[nodiscard]] QString unigramTokens(QStringView text);
[[nodiscard]] QString bigramTokens(QStringView text);

/// An FTS5 MATCH expression for a user query (quoted, so metacharacters are inert). Empty if the
/// query has no searchable characters.
[[nodiscard]] QString matchExpression(QStringView query);

} // namespace parallax
