#include "ui/samplelibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {
QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
} // namespace

QString sampleLibraryPath()
{
    return QDir(dataDirectory()).filePath(u"samples.sqlite"_s);
}

QStringList extractSampleReports()
{
    const QDir resources(u":/parallax/samples"_s);
    const QString targetPath = QDir(dataDirectory()).filePath(u"samples"_s);
    if (!QDir().mkpath(targetPath))
        return {};
    const QDir target(targetPath);
    QStringList files;
    const QFileInfoList entries = resources.entryInfoList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString destination = target.filePath(entry.fileName());
        const QFileInfo existing(destination);
        if (!existing.exists() || existing.size() != entry.size()) {
            QFile::remove(destination);
            if (!QFile::copy(entry.filePath(), destination))
                return {};
            // Resource files are read-only; the copy should be an ordinary user file.
            QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                   | QFile::ReadOther);
        }
        files << destination;
    }
    return files;
}

} // namespace parallax
