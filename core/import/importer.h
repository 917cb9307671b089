#pragma once

#include "core/common/result.h"
#include "core/document/document.h"
#include "core/import/extractedtext.h"
#include "core/import/importoptions.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace parallax {

/// Picks the format from the content (magic bytes, markup sniffing), using the file name only as a
/// tie-breaker. Returns nullopt for binary content no reader accepts.
[[nodiscard]] std::optional<SourceFormat> sniffFormat(QByteArrayView bytes, QStringView fileName);

/// Runs the reader for the sniffed format. Pure function; any thread.
[[nodiscard]] Result<ExtractedText> extractText(const QByteArray &bytes, QStringView fileName,
                                                const ImportOptions &options = {});

/// The whole pipeline for one file: read (size-limited), extract, normalise, parse structure,
/// infer metadata, hash. The result is not stored. Every failure names `path` as its subject.
/// Any thread.
[[nodiscard]] Result<Document> importFile(const QString &path, const ImportOptions &options = {});

/// The same pipeline for bytes already in memory (tests, fuzzers, drag-and-drop of data).
[[nodiscard]] Result<Document> importBytes(const QByteArray &bytes, const QString &path,
                                           const ImportOptions &options = {});

} // namespace parallax
