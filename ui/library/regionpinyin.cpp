#include "ui/library/regionpinyin.h"

#include <QHash>
#include <QMutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace parallax {

namespace {

struct PinyinCache
{
    QMutex mutex;
    QHash<QString, QString> names;
    std::unique_ptr<icu::Transliterator> transliterator; ///< not thread-safe: used under the mutex
    bool failed = false;
};

PinyinCache &cache()
{
    static PinyinCache instance;
    return instance;
}

bool hasHan(const QString &name)
{
    return std::any_of(name.begin(), name.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

QString transliterate(PinyinCache &state, const QString &name)
{
    if (!state.transliterator && !state.failed) {
        UErrorCode status = U_ZERO_ERROR;
        state.transliterator.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        state.failed = U_FAILURE(status) || !state.transliterator;
    }
    if (state.failed)
        return {};
    icu::UnicodeString text(reinterpret_cast<const UChar *>(name.utf16()), int32_t(name.size()));
    state.transliterator->transliterate(text);
    const QString spaced =
        QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length()).toLower().simplified();
    QString joined = spaced;
    joined.remove(u' ');
    return spaced + u' ' + joined;
}

} // namespace

QString regionPinyin(const QString &name)
{
    if (name.isEmpty() || !hasHan(name))
        return {};
    PinyinCache &state = cache();
    const QMutexLocker locker(&state.mutex);
    auto it = state.names.constFind(name);
    if (it != state.names.constEnd())
        return it.value();
    const QString pinyin = transliterate(state, name);
    state.names.insert(name, pinyin);
    return pinyin;
}

void warmRegionPinyin(const QStringList &names)
{
    for (const QString &name : names)
        (void)regionPinyin(name);
}

} // namespace parallax
