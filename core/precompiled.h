#pragma once

// Precompiled once for parallax_core (core/CMakeLists.txt): the Qt and standard headers most of its
// files include. For build speed only: every file still includes what it uses.

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <tl/expected.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>
