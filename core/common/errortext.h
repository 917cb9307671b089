#pragma once

#include "core/common/error.h"

#include <QString>

namespace parallax {

/// The translated, user-facing sentence for an error, naming the subject (usually a file) and the
/// reason, e.g. "report.pdf: no text layer; scanned PDFs need OCR". Uses QCoreApplication::translate,
/// so it follows whatever translator the application installed. Callable from any thread.
[[nodiscard]] QString errorText(const Error &error);

/// The reason alone, without the subject.
[[nodiscard]] QString errorReason(ErrorCode code);

} // namespace parallax
