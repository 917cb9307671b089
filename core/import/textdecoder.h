#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QString>

namespace parallax {

struct DecodedText
{
    QString text;
    QString encoding; ///< canonical name: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"
};

/// Detects the encoding of `bytes` (BOMs first, then strict UTF-8 validation, then ICU's charset
/// detector restricted to the encodings Chinese documents use) and converts with ICU.
/// GBK and GB2312 are decoded as GB18030 (a superset). Fails with UnknownEncoding or BinaryFile.
/// Pure function; any thread.
[[nodiscard]] Result<DecodedText> decodeText(QByteArrayView bytes);

/// Converts `bytes` from the named charset (as found in an HTML <meta charset>) with ICU.
/// Fails with UnknownEncoding if ICU does not know the name.
[[nodiscard]] Result<QString> decodeWithCharset(QByteArrayView bytes, QStringView charset);

/// Heuristic: true if the bytes look like binary data (NUL bytes or many control bytes outside a
/// UTF-16 BOM'd text), used to reject images and executables named .txt.
[[nodiscard]] bool looksBinary(QByteArrayView bytes);

} // namespace parallax
