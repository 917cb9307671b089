#pragma once

#include "core/store/librarystore.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <vector>

class QListWidget;

namespace parallax {

/// A checkable list of the library's documents ("region year — title") with All / None:
/// the document set the targets and charts workspaces work on. GUI thread only.
class DocumentPicker : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPicker)

public:
    explicit DocumentPicker(QWidget *parent = nullptr);

    /// Lists the documents, keeping the checks of ids still present.
    void setDocuments(const std::vector<DocumentSummary> &documents);
    void setCheckedIds(const QList<qint64> &ids);
    [[nodiscard]] QList<qint64> checkedIds() const;
    /// Checks the documents planning for the latest year (the newest reports), if none is checked.
    void checkLatestIfNone();
    [[nodiscard]] QListWidget *listWidget() const { return m_list; }

Q_SIGNALS:
    void checkedIdsChanged(const QList<qint64> &ids);

private:
    void setAllChecked(bool checked);

    QListWidget *m_list = nullptr;
    QHash<qint64, int> m_years;
    bool m_updating = false;
};

} // namespace parallax
