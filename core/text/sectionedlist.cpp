#include "core/text/sectionedlist.h"

#include <QFile>

namespace parallax {

SectionedList parseSectionedList(QStringView text)
{
    SectionedList lists;
    QString current;
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            current = line.mid(1, line.size() - 2).toString();
            lists[current]; // an empty section still exists
            continue;
        }
        lists[current].append(line.toString());
    }
    return lists;
}

SectionedList loadSectionedList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseSectionedList(QString::fromUtf8(file.readAll()));
}

} // namespace parallax
