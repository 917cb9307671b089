#include "ui/common/fonts.h"

#include <QFontDatabase>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace parallax {

QString preferredCjkFamily()
{
    // Simplified-Chinese glyph variants first: the JP/KR faces of Noto draw some ideographs differently.
    const QStringList candidates{u"Noto Sans CJK SC"_s, u"WenQuanYi Micro Hei"_s, u"Noto Sans SC"_s};
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : candidates) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return QGuiApplication::font().family();
}

QFont defaultUiFont()
{
    QFont font = QGuiApplication::font();
    font.setFamilies({preferredCjkFamily()});
    return font;
}

} // namespace parallax
