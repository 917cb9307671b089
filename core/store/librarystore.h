#pragma once

#include "core/common/result.h"
#include "core/document/document.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace parallax {

/// A row of the library listing (no text, no sections).
struct DocumentSummary
{
    qint64 id = 0;
    DocumentMetadata meta;
    QString sourcePath;
    SourceFormat format = SourceFormat::Text;
    QString encoding;
    int sectionCount = 0;
    qsizetype characterCount = 0;
    QDateTime importedAt;
};

/// One full-text search match, at section granularity.
struct SearchHit
{
    qint64 documentId = 0;
    QString documentTitle;
    qint64 sectionId = 0;
    QString sectionLabel;
    QString heading;
    QString snippet;          ///< plain text, about 80 characters around the first match
    qsizetype matchStart = 0; ///< offset of the first match in the document text (for "open at match")
    qsizetype matchLength = 0;
    double score = 0;         ///< higher is better
};

/// The library: a SQLite database (WAL, foreign keys, versioned schema via PRAGMA user_version)
/// holding documents, their section trees and a full-text index that works for one- and
/// two-character Chinese queries (sections are indexed as character bigrams, see searchtext.h).
///
/// Threading: a LibraryStore owns one QSqlDatabase connection and must be used only on the thread
/// that opened it (Qt 6.4 connections cannot move between threads). Open one per thread.
/// All writes of one document happen in one transaction, so a killed process leaves either the
/// whole document or nothing.
class LibraryStore
{
public:
    /// Opens (creating if needed) the library at `path` and migrates it to the current schema.
    /// Fails with DatabaseOpen, DatabaseQuery or DatabaseSchemaTooNew.
    [[nodiscard]] static Result<std::unique_ptr<LibraryStore>> open(const QString &path);
    ~LibraryStore();
    LibraryStore(const LibraryStore &) = delete;
    LibraryStore &operator=(const LibraryStore &) = delete;

    [[nodiscard]] static int currentSchemaVersion();
    [[nodiscard]] QString path() const;

    /// Stores a parsed document with its sections and search index in one transaction and returns
    /// its id. Identical content (same hash) is not stored twice: fails with Duplicate, whose
    /// detail holds the existing id.
    [[nodiscard]] Result<qint64> addDocument(const Document &document);

    [[nodiscard]] Result<std::vector<DocumentSummary>> listDocuments() const;
    [[nodiscard]] Result<DocumentSummary> summary(qint64 id) const;
    /// The whole document: display text, metadata and section tree. DocumentNotFound if absent.
    [[nodiscard]] Result<Document> document(qint64 id) const;
    [[nodiscard]] Result<std::optional<qint64>> findByHash(const QByteArray &contentHash) const;

    /// Replaces the metadata of a document; fields listed in `meta.userFields` are marked as set
    /// by the user.
    [[nodiscard]] Result<void> updateMetadata(qint64 id, const DocumentMetadata &meta);
    [[nodiscard]] Result<void> removeDocument(qint64 id);
    [[nodiscard]] Result<int> documentCount() const;

    /// Full-text search over section text; results ranked by BM25, best first.
    [[nodiscard]] Result<std::vector<SearchHit>> search(QStringView query, int limit = 50) const;

private:
    LibraryStore(QString connectionName, QString path);
    QString m_connectionName;
    QString m_path;
};

/// The user's library file in the platform data directory (QStandardPaths::AppDataLocation).
[[nodiscard]] QString defaultLibraryPath();

} // namespace parallax
