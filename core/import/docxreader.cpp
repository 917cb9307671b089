#include "core/import/docxreader.h"

#include <zip.h>

#include <QHash>
#include <QRegularExpression>
#include <QtNumeric>
#include <QStringList>
#include <QXmlStreamReader>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr QStringView WordNamespace = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr QStringView MarkupCompatibilityNamespace = u"http://schemas.openxmlformats.org/markup-compatibility/2006";

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using ArchivePtr = std::unique_ptr<zip_t, ArchiveCloser>;

struct EntryCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using EntryPtr = std::unique_ptr<zip_file_t, EntryCloser>;

/// Entry names that try to leave the archive are never used, whatever they claim to be.
bool isSafeEntryName(const char *name)
{
    const QByteArrayView view(name);
    if (view.isEmpty() || view.startsWith('/') || view.contains('\\') || view.contains(':'))
        return false;
    for (QByteArrayView part : QByteArray(name).split('/')) {
        if (part == "..")
            return false;
    }
    return true;
}

/// Reads entries with a byte budget shared by all of them: declared sizes in the zip headers can
/// lie, so the limit is enforced on the bytes actually inflated.
class ArchiveReader
{
public:
    ArchiveReader(zip_t *archive, qint64 budget) : m_archive(archive), m_budget(budget) {}

    enum class Status { Ok, Missing, TooLarge, Corrupt };

    Status read(zip_int64_t index, QByteArray &out)
    {
        if (index < 0)
            return Status::Missing;
        EntryPtr file(zip_fopen_index(m_archive, zip_uint64_t(index), 0));
        if (!file)
            return Status::Corrupt;
        out.clear();
        char buffer[64 * 1024];
        for (;;) {
            const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
            if (got < 0)
                return Status::Corrupt;
            if (got == 0)
                break;
            m_used += got;
            if (m_used > m_budget)
                return Status::TooLarge;
            out.append(buffer, qsizetype(got));
        }
        return Status::Ok;
    }

private:
    zip_t *m_archive;
    qint64 m_budget;
    qint64 m_used = 0;
};

// Word's built-in heading styles are named "heading N" whatever the UI language; documents
// written with localised templates may carry the localised name instead.
std::optional<int> levelFromStyleName(const QString &name)
{
    static const QRegularExpression pattern(u"^(?:heading|\u6807\u9898)\\s*([1-9])$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(name.trimmed());
    if (match.hasMatch())
        return match.captured(1).toInt();
    return std::nullopt;
}

struct StyleInfo
{
    QString basedOn;
    std::optional<int> level; ///< 1-based outline level
};

/// Paragraph style id → outline level, with basedOn inheritance resolved.
QHash<QString, int> readStyleLevels(const QByteArray &xml)
{
    QHash<QString, StyleInfo> styles;
    QXmlStreamReader reader(xml);
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.namespaceUri() != WordNamespace)
            continue;
        const QStringView name = reader.name();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (name == u"style") {
            current = attributes.hasAttribute(WordNamespace.toString(), u"type"_s)
                              && attributes.value(WordNamespace.toString(), u"type"_s) != u"paragraph"
                          ? QString()
                          : attributes.value(WordNamespace.toString(), u"styleId"_s).toString();
            if (!current.isEmpty())
                styles.insert(current, {});
        } else if (current.isEmpty()) {
            continue;
        } else if (name == u"name") {
            if (const std::optional<int> level = levelFromStyleName(attributes.value(WordNamespace.toString(), u"val"_s).toString()))
                styles[current].level = level;
        } else if (name == u"basedOn") {
            styles[current].basedOn = attributes.value(WordNamespace.toString(), u"val"_s).toString();
        } else if (name == u"outlineLvl") {
            bool ok = false;
            const int value = attributes.value(WordNamespace.toString(), u"val"_s).toInt(&ok);
            if (ok && value >= 0 && value < 9 && !styles[current].level)
                styles[current].level = value + 1;
        }
    }
    // A broken styles.xml only costs the hints, not the document.
    QHash<QString, int> levels;
    for (auto it = styles.cbegin(); it != styles.cend(); ++it) {
        QString id = it.key();
        for (int hops = 0; hops < 16 && !id.isEmpty(); ++hops) {
            const auto found = styles.constFind(id);
            if (found == styles.cend())
                break;
            if (found->level) {
                levels.insert(it.key(), *found->level);
                break;
            }
            id = found->basedOn;
        }
    }
    return levels;
}

/// Collects paragraphs and tables of word/document.xml in document order.
class DocumentCollector
{
public:
    explicit DocumentCollector(const QHash<QString, int> &styleLevels) : m_styleLevels(styleLevels) {}

    bool read(const QByteArray &xml, ExtractedText &out, QString &error)
    {
        QXmlStreamReader reader(xml);
        const QString w = WordNamespace.toString();
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                const QStringView name = reader.name();
                if (reader.namespaceUri() == MarkupCompatibilityNamespace && name == u"Fallback") {
                    // The same content as the preceding mc:Choice, for old readers.
                    reader.skipCurrentElement();
                    continue;
                }
                if (reader.namespaceUri() != WordNamespace)
                    continue;
                if (name == u"p") {
                    m_paragraphs.push_back({});
                } else if (name == u"pStyle" && !m_paragraphs.empty()) {
                    const auto level = m_styleLevels.constFind(reader.attributes().value(w, u"val"_s).toString());
                    if (level != m_styleLevels.cend() && !m_paragraphs.back().level)
                        m_paragraphs.back().level = *level;
                } else if (name == u"outlineLvl" && !m_paragraphs.empty()) {
                    bool ok = false;
                    const int value = reader.attributes().value(w, u"val"_s).toInt(&ok);
                    if (ok && value >= 0 && value < 9)
                        m_paragraphs.back().level = value + 1;
                } else if (name == u"t") {
                    const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                    appendText(text);
                } else if (name == u"tab") {
                    appendText(u"\t");
                } else if (name == u"br" || name == u"cr") {
                    appendText(u"\n");
                } else if (name == u"instrText" || name == u"delText" || name == u"del") {
                    reader.skipCurrentElement(); // field codes and deleted revisions are not text
                } else if (name == u"tbl") {
                    m_tables.push_back({});
                } else if (name == u"tr" && !m_tables.empty()) {
                    m_tables.back().cells.clear();
                } else if (name == u"tc" && !m_tables.empty()) {
                    m_tables.back().cells.append(QString());
                    m_tables.back().inCell = true;
                }
            } else if (reader.isEndElement() && reader.namespaceUri() == WordNamespace) {
                const QStringView name = reader.name();
                if (name == u"p")
                    endParagraph(out);
                else if (name == u"tr")
                    endRow();
                else if (name == u"tc" && !m_tables.empty())
                    m_tables.back().inCell = false;
                else if (name == u"tbl" && !m_tables.empty())
                    m_tables.pop_back();
            }
        }
        if (reader.hasError()) {
            error = u"word/document.xml: %1 at line %2"_s.arg(reader.errorString()).arg(reader.lineNumber());
            return false;
        }
        return true;
    }

    [[nodiscard]] QString text() const { return m_lines.join(u'\n'); }

private:
    struct Paragraph
    {
        QString text;
        std::optional<int> level;
    };
    struct Table
    {
        QStringList cells;
        bool inCell = false;
    };

    void appendText(QStringView text)
    {
        if (!m_paragraphs.empty())
            m_paragraphs.back().text.append(text);
    }

    void emitLine(const QString &line)
    {
        // Inside a table cell, paragraphs (and nested tables' rows) flow into the cell.
        if (!m_tables.empty() && m_tables.back().inCell && !m_tables.back().cells.isEmpty()) {
            QString &cell = m_tables.back().cells.last();
            if (!cell.isEmpty() && !line.isEmpty())
                cell.append(u' ');
            cell.append(line);
            return;
        }
        m_lines.append(line);
    }

    void endParagraph(ExtractedText &out)
    {
        if (m_paragraphs.empty())
            return;
        Paragraph paragraph = std::move(m_paragraphs.back());
        m_paragraphs.pop_back();
        const QString trimmed = paragraph.text.trimmed();
        const bool inTable = !m_tables.empty();
        if (paragraph.level && !trimmed.isEmpty() && !inTable && !out.headingHints.contains(trimmed))
            out.headingHints.insert(trimmed, *paragraph.level);
        if (inTable)
            emitLine(paragraph.text.simplified());
        else
            emitLine(paragraph.text);
    }

    void endRow()
    {
        if (m_tables.empty())
            return;
        Table table = std::move(m_tables.back());
        m_tables.pop_back();
        bool any = false;
        for (const QString &cell : std::as_const(table.cells))
            any = any || !cell.isEmpty();
        const QString row = table.cells.join(u" | ");
        table.cells.clear();
        if (any)
            emitLine(row);
        m_tables.push_back(std::move(table));
    }

    QStringList m_lines;
    const QHash<QString, int> &m_styleLevels;
    std::vector<Paragraph> m_paragraphs; // a stack: text boxes nest paragraphs inside paragraphs
    std::vector<Table> m_tables;         // a stack: tables nest inside cells
};

} // namespace

Result<ExtractedText> readDocx(QByteArrayView bytes, const ImportOptions &options)
{
    if (!bytes.startsWith("PK"))
        return fail(ErrorCode::DocxNotZip, {}, u"no zip signature"_s);

    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(bytes.data(), zip_uint64_t(bytes.size()), 0, &zipError);
    if (!source) {
        zip_error_fini(&zipError);
        return fail(ErrorCode::DocxNotZip, {}, u"cannot create zip source"_s);
    }
    ArchivePtr archive(zip_open_from_source(source, ZIP_RDONLY, &zipError));
    if (!archive) {
        const QString detail = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_source_free(source);
        zip_error_fini(&zipError);
        return fail(ErrorCode::DocxNotZip, {}, detail);
    }
    zip_error_fini(&zipError);

    // Declared sizes first: a cheap refusal of obvious bombs before inflating anything.
    const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
    zip_int64_t documentIndex = -1;
    zip_int64_t stylesIndex = -1;
    qint64 declaredTotal = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME))
            continue;
        if (stat.valid & ZIP_STAT_SIZE) {
            // Saturating: zip64 sizes are up to 2^64 - 1 each, and a few of them overflow a sum.
            constexpr qint64 Saturated = std::numeric_limits<qint64>::max();
            const auto declared = qint64(std::min<zip_uint64_t>(stat.size, zip_uint64_t(Saturated)));
            if (qAddOverflow(declaredTotal, declared, &declaredTotal))
                declaredTotal = Saturated;
        }
        if (!isSafeEntryName(stat.name))
            continue;
        const QByteArrayView name(stat.name);
        if (name == "word/document.xml")
            documentIndex = i;
        else if (name == "word/styles.xml")
            stylesIndex = i;
    }
    if (declaredTotal > options.maxDocxUncompressedBytes) {
        return fail(ErrorCode::DocxTooLarge, {},
                    u"declared uncompressed size %1 bytes exceeds %2"_s.arg(declaredTotal).arg(options.maxDocxUncompressedBytes));
    }
    if (documentIndex < 0)
        return fail(ErrorCode::DocxCorrupt, {}, u"no word/document.xml"_s);

    ArchiveReader reader(archive.get(), options.maxDocxUncompressedBytes);
    auto failFor = [&](ArchiveReader::Status status, const QString &what) {
        if (status == ArchiveReader::Status::TooLarge)
            return fail(ErrorCode::DocxTooLarge, {}, u"%1 inflates beyond %2 bytes"_s.arg(what).arg(options.maxDocxUncompressedBytes));
        return fail(ErrorCode::DocxCorrupt, {}, u"cannot read %1"_s.arg(what));
    };

    QByteArray documentXml;
    if (const auto status = reader.read(documentIndex, documentXml); status != ArchiveReader::Status::Ok)
        return failFor(status, u"word/document.xml"_s);

    QHash<QString, int> styleLevels;
    if (stylesIndex >= 0) {
        QByteArray stylesXml;
        const auto status = reader.read(stylesIndex, stylesXml);
        if (status == ArchiveReader::Status::TooLarge)
            return failFor(status, u"word/styles.xml"_s);
        if (status == ArchiveReader::Status::Ok)
            styleLevels = readStyleLevels(stylesXml);
    }

    ExtractedText result;
    result.format = SourceFormat::Docx;
    DocumentCollector collector(styleLevels);
    QString error;
    if (!collector.read(documentXml, result, error))
        return fail(ErrorCode::DocxCorrupt, {}, error);
    result.text = collector.text();
    return result;
}

} // namespace parallax
