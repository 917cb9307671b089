#pragma once

#include "core/common/result.h"
#include "core/document/document.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringView>

#include <vector>

namespace parallax::schema {

/// The schema version this build writes (PRAGMA user_version).
///   1: documents + sections
///   2: section_fts, the contentless bigram full-text index, and section_text, filled from existing sections
///   3: observation_edits, the user's corrections of indicator observations
///   4: annotations
///   5: document_tokens, each document's segmentation (TokenStarts), filled for existing documents
[[nodiscard]] int currentVersion();

/// Brings the database from its user_version to currentVersion() in one write transaction
/// (all steps or none). Re-reads the version inside the transaction, so two processes opening
/// the same old file migrate it once. The caller has already refused versions that are too new.
[[nodiscard]] Result<void> migrate(const QSqlDatabase &db);

/// Statements for indexSection() (prepare once per transaction) and for removing a section's
/// index row (bind the section id and bigramTokens() of its stored span).
[[nodiscard]] QString insertIndexRowStatement();
[[nodiscard]] QString insertSectionTextStatement();
[[nodiscard]] QString deleteIndexRowStatement();

/// Adds one section to the full-text index: the display text of its own pieces (heading line
/// included, children's spans cut out) goes to section_text with its document ranges, so a match
/// maps back to an offset, and its bigram tokens go to the contentless section_fts.
[[nodiscard]] Result<void> indexSection(QSqlQuery &index, QSqlQuery &sectionText, qint64 sectionId, const Document &document,
                                        const Section &section);

/// Stores (replacing) a document's token starts with the current tokenizer's signature.
[[nodiscard]] Result<void> storeTokenStarts(const QSqlDatabase &db, qint64 documentId, const TokenStarts &starts);

/// A document's stored token starts, or empty ones if none are stored, they were made by another
/// tokenizer (signature) or they do not fit `textLength`.
[[nodiscard]] Result<TokenStarts> loadTokenStarts(const QSqlDatabase &db, qint64 documentId, qsizetype textLength);

/// Segments anew every document whose token starts are missing, were made by another tokenizer
/// (after an upgrade of ICU or of the lexicon) or do not fit its text, in one transaction. One
/// query when all are current.
[[nodiscard]] Result<void> refreshTokenStarts(const QSqlDatabase &db);

/// Maps an offset in the `span` column back to a document offset, given the `ranges` column.
[[nodiscard]] qsizetype documentOffset(QStringView ranges, qsizetype spanOffset);

/// Rebuilds a document's section tree from its rows; `preorderIds`, if given, receives the
/// section ids in pre-order (the order forEachSection() visits them).
[[nodiscard]] Result<std::vector<Section>> loadSectionTree(const QSqlDatabase &db, qint64 documentId,
                                                           std::vector<qint64> *preorderIds = nullptr);

} // namespace parallax::schema
