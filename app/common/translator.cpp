#include "app/common/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace parallax {

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::Chinese) {
        // English source texts say "document(s)"; this gives "1 document", "2 documents".
        auto *plurals = new QTranslator(&app);
        if (plurals->load(u":/parallax/i18n/parallax_en.qm"_s))
            QCoreApplication::installTranslator(plurals);
        return u"en"_s;
    }

    auto *own = new QTranslator(&app);
    if (own->load(u":/parallax/i18n/parallax_zh_CN.qm"_s))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs) if the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return u"zh_CN"_s;
}

} // namespace parallax
