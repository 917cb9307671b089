#pragma once

#include <QString>

class QCoreApplication;

namespace parallax {

/// Installs Parallax's and Qt's translators for `language` ("zh_CN", "en", or empty for the
/// system language). English needs only its plural forms ("1 document", "2 documents"). Returns
/// the language actually installed.
QString installTranslators(QCoreApplication &app, const QString &language = {});

} // namespace parallax
