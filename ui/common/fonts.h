#pragma once

#include <QFont>
#include <QString>

namespace parallax {

/// The family used for the user interface and the reader: "Noto Sans CJK SC" if installed, else
/// "WenQuanYi Micro Hei", else the platform default. Call after QApplication exists.
[[nodiscard]] QString preferredCjkFamily();

/// The application default font with the preferred CJK family (size left as the platform's).
[[nodiscard]] QFont defaultUiFont();

} // namespace parallax
