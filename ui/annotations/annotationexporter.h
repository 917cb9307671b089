#pragma once

#include "core/annotations/annotationexport.h"
#include "core/common/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

template<typename T>
class QFutureWatcher;

namespace parallax {

enum class AnnotationExportFormat { Csv, Markdown };

/// Export rows (document title and section of each annotation) for `annotations`, loading each
/// annotated document once through its own connection to the library at `libraryPath`; archived
/// annotations get rows without a document. Order: documents as they first appear, then as given.
/// Any thread; stops early (returning Cancelled) when `cancelled` returns true.
[[nodiscard]] Result<std::vector<AnnotationRow>>
libraryAnnotationRows(const QString &libraryPath, const std::vector<Annotation> &annotations,
                      const std::function<bool()> &cancelled = {});

/// Writes annotations as CSV or Markdown off the GUI thread (documents are loaded for section
/// titles, which for a large library takes a while). A new export cancels a running one. GUI thread.
class AnnotationExporter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationExporter)

public:
    explicit AnnotationExporter(QObject *parent = nullptr);
    ~AnnotationExporter() override;

    void start(const QString &libraryPath, const QString &path, AnnotationExportFormat format,
               std::vector<Annotation> annotations);
    void cancel();
    [[nodiscard]] bool isRunning() const;

    struct Outcome
    {
        QString path;
        int count = 0;
        std::optional<Error> error; ///< loading from the library failed
        QString writeError;         ///< writing the file failed (the file system's reason)
    };

Q_SIGNALS:
    void finished(const QString &path, int count);
    /// `message` is translated.
    void failed(const QString &message);

private:
    QFutureWatcher<Outcome> *m_watcher = nullptr;
};

} // namespace parallax
