#pragma once

// Shared by the fuzz targets: input conversions, a QCoreApplication, and a check that aborts (so
// libFuzzer records the input) when a parser breaks its documented contract.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>

#define PARALLAX_FUZZ_CHECK(condition)                                                                 \
    do {                                                                                               \
        if (!(condition)) {                                                                            \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);        \
            std::abort();                                                                              \
        }                                                                                              \
    } while (false)

namespace parallax::fuzz {

/// One QCoreApplication for the whole run, as the apps have (QtPdf, resources, locale code).
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "parallax-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

inline QByteArrayView bytesOf(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString textOf(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

/// Two inputs from one: split at the first NUL byte if there is one, else in the middle.
inline std::pair<QByteArrayView, QByteArrayView> splitInTwo(QByteArrayView bytes)
{
    qsizetype cut = bytes.indexOf('\0');
    if (cut < 0)
        return {bytes.first(bytes.size() / 2), bytes.sliced(bytes.size() / 2)};
    return {bytes.first(cut), bytes.sliced(cut + 1)};
}

} // namespace parallax::fuzz
