#pragma once

#include <QString>
#include <QStringList>

namespace parallax {

/// The bundled sample library: `samples.sqlite` in the application data directory, separate from
/// the user's own library.
[[nodiscard]] QString sampleLibraryPath();

/// Copies the five bundled sample reports (Qt resources under :/parallax/samples) into
/// `<app data>/samples/` unless already there, and returns their paths, so imported documents keep
/// a real source file. Returns an empty list if the folder cannot be written. GUI or worker thread.
[[nodiscard]] QStringList extractSampleReports();

} // namespace parallax
