#include "app/cli/clicommands.h"

#include "app/cli/annotationcommands.h"
#include "app/cli/chartcommand.h"
#include "app/cli/comparecommands.h"
#include "app/cli/jsonoutput.h"
#include "core/common/errortext.h"
#include "core/document/outlineformat.h"
#include "core/export/csvwriter.h"
#include "core/import/batchimporter.h"
#include "core/indicators/indicatorextractor.h"
#include "core/indicators/targettable.h"
#include "core/import/importer.h"
#include "core/store/librarystore.h"
#include "ui/print/comparisonreport.h"
#include "ui/print/documentprintout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int run(const QStringList &arguments)
    {
        if (arguments.isEmpty() || arguments.front() == u"--help"_s || arguments.front() == u"-h"_s
            || arguments.front() == u"help"_s) {
            printUsage(m_out);
            return arguments.isEmpty() ? 2 : 0;
        }
        if (arguments.front() == u"--version"_s) {
            m_out << "parallax-cli " << PARALLAX_VERSION << Qt::endl;
            return 0;
        }
        const std::map<QString, std::function<int(Cli *, const QStringList &)>> commands{
            {u"import"_s, &Cli::importCommand}, {u"list"_s, &Cli::listCommand},
            {u"outline"_s, &Cli::outlineCommand}, {u"search"_s, &Cli::searchCommand},
            {u"set"_s, &Cli::setCommand}, {u"indicators"_s, &Cli::indicatorsCommand},
            {u"targets"_s, &Cli::targetsCommand}, {u"align"_s, &Cli::alignCommand},
            {u"diff"_s, &Cli::diffCommand}, {u"chart"_s, &Cli::chartCommand},
            {u"annotate"_s, &Cli::annotateCommand}, {u"annotations"_s, &Cli::annotationsCommand},
            {u"print"_s, &Cli::printCommand}, {u"report"_s, &Cli::reportCommand},
        };
        const auto command = commands.find(arguments.front());
        if (command == commands.end()) {
            m_err << tr("Unknown command: %1").arg(arguments.front()) << Qt::endl;
            printUsage(m_err);
            return 2;
        }
        return command->second(this, arguments);
    }

private:
    void printUsage(QTextStream &stream)
    {
        stream << tr("Usage: parallax-cli COMMAND [options]") << Qt::endl << Qt::endl
               << tr("Commands:") << Qt::endl
               << u"  import PATH... [--max-file-mb MB] [--max-line-length N] [--max-section-depth N] [--time-budget S]\n"
                  u"                                  "_s << tr("import files and folders into the library")
               << Qt::endl
               << u"  list [--json]                   "_s << tr("list the documents in the library") << Qt::endl
               << u"  outline DOC [--json] [--depth N] "_s << tr("metadata and section tree of a document")
               << Qt::endl
               << u"  search QUERY [--json]           "_s << tr("full-text search over the library") << Qt::endl
               << u"  indicators DOC... [--json|--csv] "_s << tr("growth figures and targets with their quotes")
               << Qt::endl
               << u"  targets DOC... [--json|--csv]   "_s
               << tr("target table: indicators × documents, changes and attainment") << Qt::endl
               << u"  align DOC DOC... [--json] [--depth top|second|paragraphs] "_s
               << tr("which sections correspond across documents") << Qt::endl
               << u"  diff DOC DOC [--section N] [--html FILE] [--ignore-punctuation] "_s
               << tr("word-level diff of whole documents or of one aligned row") << Qt::endl
               << u"  chart --indicator NAME [--measure M] [--kind K] DOC... --out FILE.{png,svg,pdf} "_s
               << tr("a chart of one indicator across documents") << Qt::endl
               << u"  annotate DOC --quote TEXT [--note TEXT] [--tag T]... [--color C] [--occurrence N] "_s
               << tr("highlight a passage and attach a note and tags") << Qt::endl
               << u"  annotations DOC [--json|--csv|--markdown] "_s << tr("the annotations of a document")
               << Qt::endl
               << u"  print DOC --out FILE.pdf [--annotated] "_s
               << tr("the document as a printed PDF, with highlights and notes") << Qt::endl
               << u"  report DOC DOC... --out FILE.{pdf,html} [--chart INDICATOR]... "_s
               << tr("a comparison report: alignment, diffs, targets, charts, notes") << Qt::endl
               << u"  set DOC FIELD VALUE             "_s
               << tr("correct a metadata field (title, region, region_level, kind, date, speaker, "
                     "year_reported, year_planned)")
               << Qt::endl
               << Qt::endl
               << tr("DOC is a library id or a file path. Every command takes --db PATH (default: %1).")
                      .arg(defaultLibraryPath())
               << Qt::endl;
    }

    /// A parser with the options every command shares; returns false (after printing) on bad usage.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional)
    {
        parser.addOption({u"db"_s, tr("Library database file."), tr("path")});
        parser.addOption({u"json"_s, tr("Write JSON.")});
        if (!parser.parse(arguments)) {
            m_err << parser.errorText() << Qt::endl;
            return false;
        }
        // parse() takes the first argument as the program name: here, the command.
        const qsizetype count = parser.positionalArguments().size();
        if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
            m_err << tr("Wrong number of arguments for '%1'. See parallax-cli --help.").arg(arguments.front())
                  << Qt::endl;
            return false;
        }
        return true;
    }

    QStringList positional(const QCommandLineParser &parser) const
    {
        return parser.positionalArguments();
    }

    std::unique_ptr<LibraryStore> openStore(const QCommandLineParser &parser)
    {
        const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : defaultLibraryPath();
        auto store = LibraryStore::open(path);
        if (!store) {
            m_err << errorText(store.error()) << Qt::endl;
            return nullptr;
        }
        return std::move(*store);
    }

    QString libraryPath(const QCommandLineParser &parser) const
    {
        return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : defaultLibraryPath();
    }

    /// DOC: a library id, or a file path. A path is imported into --db when given (reusing an
    /// identical stored document), otherwise parsed on the fly without touching any library —
    /// unless `storePath`, for commands whose result lives in the library (annotate): then a path
    /// goes into the default library.
    Result<Document> resolveDocument(const QString &doc, const QCommandLineParser &parser, bool storePath = false)
    {
        bool isId = false;
        const qint64 id = doc.toLongLong(&isId);
        if (isId && !QFileInfo::exists(doc)) {
            std::unique_ptr<LibraryStore> store = openStore(parser);
            if (!store)
                return fail(ErrorCode::DatabaseOpen, parser.value(u"db"_s));
            return store->document(id);
        }
        Result<Document> imported = importFile(doc);
        if (!imported || (!parser.isSet(u"db"_s) && !storePath))
            return imported;
        std::unique_ptr<LibraryStore> store = openStore(parser);
        if (!store)
            return fail(ErrorCode::DatabaseOpen, parser.value(u"db"_s));
        const Result<qint64> added = store->addDocument(*imported);
        if (added) {
            imported->id = *added;
            return imported;
        }
        if (added.error().code == ErrorCode::Duplicate)
            return store->document(added.error().detail.toLongLong());
        return tl::unexpected(added.error());
    }

    void writeJson(const QJsonDocument &json)
    {
        m_out << QString::fromUtf8(json.toJson(QJsonDocument::Indented));
        m_out.flush();
    }

    /// Every DOC argument resolved, or an error printed and nullopt.
    std::optional<std::vector<Document>> resolveDocuments(const QStringList &docs, const QCommandLineParser &parser)
    {
        std::vector<Document> documents;
        for (const QString &doc : docs) {
            Result<Document> document = resolveDocument(doc, parser);
            if (!document) {
                m_err << errorText(document.error()) << Qt::endl;
                return std::nullopt;
            }
            documents.push_back(std::move(*document));
        }
        return documents;
    }

    void writeCsv(const QList<QStringList> &rows)
    {
        m_out.flush();
        // The BOM must be the first bytes: write raw, bypassing the text stream's encoder.
        QTextStream &out = m_out;
        out.flush();
        if (QIODevice *device = out.device())
            device->write(toCsv(rows));
        else
            out << QString::fromUtf8(toCsv(rows));
    }

    // ---- commands ---------------------------------------------------------------------------

    // A whole-number option within [minimum, maximum], or `fallback` if not given; nullopt (after a
    // message) if it is malformed or out of range.
    std::optional<qint64> boundedOption(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                                        qint64 maximum, qint64 fallback)
    {
        if (!parser.isSet(name))
            return fallback;
        bool ok = false;
        const qint64 value = parser.value(name).toLongLong(&ok);
        if (!ok || value < minimum || value > maximum) {
            m_err << tr("Invalid value '%1' for %2: expected a whole number from %3 to %4")
                         .arg(parser.value(name), u"--"_s + name)
                         .arg(minimum)
                         .arg(maximum)
                  << Qt::endl;
            return std::nullopt;
        }
        return value;
    }

    // The user-settable import limits (ImportOptions) from --max-file-mb, --max-line-length,
    // --max-section-depth and --time-budget.
    std::optional<ImportOptions> importLimits(const QCommandLineParser &parser)
    {
        ImportOptions options;
        const auto megabytes = boundedOption(parser, u"max-file-mb"_s, ImportOptions::minFileMegabytes,
                                             ImportOptions::maxFileMegabytes, options.maxFileBytes >> 20);
        const auto lineLength = boundedOption(parser, u"max-line-length"_s, 1000, options.maxLineLength * 16,
                                              options.maxLineLength);
        const auto depth = boundedOption(parser, u"max-section-depth"_s, ImportOptions::minSectionDepth,
                                         ImportOptions::maxSectionDepthLimit, options.maxSectionDepth);
        const auto seconds = boundedOption(parser, u"time-budget"_s, ImportOptions::minTimeBudgetSeconds,
                                           ImportOptions::maxTimeBudgetSeconds, options.timeBudgetMs / 1000);
        if (!megabytes || !lineLength || !depth || !seconds)
            return std::nullopt;
        options.maxFileBytes = *megabytes << 20;
        options.maxLineLength = *lineLength;
        options.maxSectionDepth = int(*depth);
        options.timeBudgetMs = *seconds * 1000;
        return options;
    }

    int importCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.addOption({u"max-file-mb"_s, tr("Refuse files larger than this many megabytes (default 256)."), tr("MB")});
        parser.addOption({u"max-line-length"_s, tr("Refuse documents with a longer line, in characters (default 4194304)."),
                          tr("N")});
        parser.addOption({u"max-section-depth"_s, tr("Keep deeper headings in their parent's text (default 6)."), tr("N")});
        parser.addOption({u"time-budget"_s, tr("Give up on a document after this many seconds (default 120)."),
                          tr("seconds")});
        if (!parse(parser, arguments, 1, -1))
            return 2;
        const std::optional<ImportOptions> limits = importLimits(parser);
        if (!limits)
            return 2;
        std::unique_ptr<LibraryStore> store = openStore(parser);
        if (!store)
            return 1;
        const QStringList files = collectImportFiles(positional(parser));
        if (files.isEmpty()) {
            m_err << tr("No importable files found in %1").arg(positional(parser).join(u", "_s)) << Qt::endl;
            return 1;
        }
        int imported = 0;
        int duplicates = 0;
        int failed = 0;
        BatchCallbacks callbacks;
        callbacks.progress = [&](int, int, const ImportOutcome &outcome) {
            if (outcome.error) {
                ++failed;
                m_err << errorText(*outcome.error) << Qt::endl;
            } else if (outcome.duplicate) {
                ++duplicates;
                m_out << tr("already in library: #%1 %2 (%3)").arg(outcome.documentId).arg(outcome.title, outcome.path)
                      << Qt::endl;
            } else {
                ++imported;
                m_out << tr("imported: #%1 %2 (%3)").arg(outcome.documentId).arg(outcome.title, outcome.path)
                      << Qt::endl;
            }
        };
        (void)importFiles(*store, files, *limits, callbacks);
        m_err << tr("%n document(s) imported", nullptr, imported) << u", "_s
              << tr("%n already in the library", nullptr, duplicates) << u", "_s
              << tr("%n failed", nullptr, failed) << Qt::endl;
        return failed > 0 ? 1 : 0;
    }

    int listCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        if (!parse(parser, arguments, 0, 0))
            return 2;
        std::unique_ptr<LibraryStore> store = openStore(parser);
        if (!store)
            return 1;
        const auto documents = store->listDocuments();
        if (!documents) {
            m_err << errorText(documents.error()) << Qt::endl;
            return 1;
        }
        if (parser.isSet(u"json"_s)) {
            QJsonArray array;
            for (const DocumentSummary &summary : *documents)
                array.append(summaryJson(summary));
            writeJson(QJsonDocument(array));
            return 0;
        }
        for (const DocumentSummary &summary : *documents) {
            m_out << summary.id << '\t' << (summary.meta.yearPlanned > 0 ? QString::number(summary.meta.yearPlanned) : u"-"_s)
                  << '\t' << summary.meta.region << '\t' << toString(summary.meta.kind) << '\t' << summary.meta.title
                  << Qt::endl;
        }
        return 0;
    }

    int outlineCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.addOption({u"depth"_s, tr("Show headings down to this level only."), tr("N")});
        if (!parse(parser, arguments, 1, 1))
            return 2;
        const Result<Document> document = resolveDocument(positional(parser).front(), parser);
        if (!document) {
            m_err << errorText(document.error()) << Qt::endl;
            return 1;
        }
        if (parser.isSet(u"json"_s))
            writeJson(QJsonDocument(outlineJson(*document)));
        else
            m_out << formatOutline(*document, parser.value(u"depth"_s).toInt());
        return 0;
    }

    int searchCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.addOption({u"limit"_s, tr("Maximum number of results (default 50)."), tr("N"), u"50"_s});
        if (!parse(parser, arguments, 1, 1))
            return 2;
        std::unique_ptr<LibraryStore> store = openStore(parser);
        if (!store)
            return 1;
        const auto hits = store->search(positional(parser).front(), parser.value(u"limit"_s).toInt());
        if (!hits) {
            m_err << errorText(hits.error()) << Qt::endl;
            return 1;
        }
        if (parser.isSet(u"json"_s)) {
            QJsonArray array;
            for (const SearchHit &hit : *hits)
                array.append(searchHitJson(hit));
            writeJson(QJsonDocument(array));
            return 0;
        }
        for (const SearchHit &hit : *hits) {
            m_out << u"#%1 %2 › %3 %4"_s.arg(hit.documentId).arg(hit.documentTitle, hit.sectionLabel, hit.heading)
                  << Qt::endl
                  << u"    "_s << hit.snippet << Qt::endl;
        }
        return 0;
    }

    int setCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        if (!parse(parser, arguments, 3, 3))
            return 2;
        const QStringList args = positional(parser);
        bool isId = false;
        const qint64 id = args[0].toLongLong(&isId);
        if (!isId) {
            m_err << tr("set needs a library id (see parallax-cli list)") << Qt::endl;
            return 2;
        }
        std::unique_ptr<LibraryStore> store = openStore(parser);
        if (!store)
            return 1;
        const auto summary = store->summary(id);
        if (!summary) {
            m_err << errorText(summary.error()) << Qt::endl;
            return 1;
        }
        DocumentMetadata meta = summary->meta;
        const QString &field = args[1];
        const QString &value = args[2];
        if (!applyField(meta, field, value))
            return 2;
        if (!meta.userFields.contains(field))
            meta.userFields.append(field);
        if (const auto updated = store->updateMetadata(id, meta); !updated) {
            m_err << errorText(updated.error()) << Qt::endl;
            return 1;
        }
        m_out << tr("#%1: %2 set to %3").arg(id).arg(field, value) << Qt::endl;
        return 0;
    }

    int indicatorsCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.addOption({u"csv"_s, tr("Write CSV (UTF-8 with BOM, opens in Excel and WPS).")});
        if (!parse(parser, arguments, 1, -1))
            return 2;
        const auto documents = resolveDocuments(positional(parser), parser);
        if (!documents)
            return 1;
        QJsonArray array;
        QList<QStringList> rows{observationCsvHeader()};
        for (const Document &document : *documents) {
            const std::vector<Observation> observations = extractIndicators(document);
            for (const Observation &observation : observations) {
                if (parser.isSet(u"json"_s)) {
                    array.append(observationJson(observation));
                } else if (parser.isSet(u"csv"_s)) {
                    rows.append(observationCsvRow(observation));
                } else {
                    m_out << observation.indicator << '\t' << toString(observation.measure) << '\t'
                          << formatFigure(observation) << '\t' << toString(observation.kind) << '\t'
                          << observation.year << '\t' << observation.region << '\t' << observation.quote << Qt::endl;
                }
            }
        }
        if (parser.isSet(u"json"_s))
            writeJson(QJsonDocument(array));
        else if (parser.isSet(u"csv"_s))
            writeCsv(rows);
        return 0;
    }

    int targetsCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.addOption({u"csv"_s, tr("Write CSV (UTF-8 with BOM, opens in Excel and WPS).")});
        if (!parse(parser, arguments, 1, -1))
            return 2;
        const auto documents = resolveDocuments(positional(parser), parser);
        if (!documents)
            return 1;
        std::vector<DocumentObservations> inputs;
        std::vector<Observation> all;
        for (const Document &document : *documents) {
            const DocumentMetadata &meta = document.meta;
            TargetColumn column{document.id, meta.title, meta.region, targetYear(meta)};
            std::vector<Observation> observations = extractIndicators(document);
            all.insert(all.end(), observations.begin(), observations.end());
            inputs.push_back(DocumentObservations{column, std::move(observations)});
        }
        const TargetTable table = buildTargetTable(inputs, IndicatorLexicon::instance().canonicalNames());
        std::vector<std::vector<TargetDiff>> changes;
        for (std::size_t i = 0; i + 1 < table.columns.size(); ++i)
            changes.push_back(diffTargets(table, i, i + 1));
        const std::vector<AttainmentResult> attainment = assessAttainment(all);

        if (parser.isSet(u"json"_s)) {
            writeJson(QJsonDocument(targetTableJson(table, changes, attainment)));
            return 0;
        }
        QStringList header{tr("Indicator"), tr("Measure")};
        for (const TargetColumn &column : table.columns)
            header << u"%1 %2"_s.arg(column.region).arg(column.year);
        QList<QStringList> rows{header};
        for (const TargetRow &row : table.rows) {
            QStringList line{row.indicator, toString(row.measure)};
            for (const auto &cell : row.cells)
                line << (cell ? formatFigure(*cell) : QString());
            rows.append(line);
        }
        if (parser.isSet(u"csv"_s)) {
            writeCsv(rows);
            return 0;
        }
        writeTextTable(rows);
        for (std::size_t i = 0; i < changes.size(); ++i) {
            m_out << Qt::endl << tr("Changes: %1 → %2").arg(table.columns[i].title, table.columns[i + 1].title) << Qt::endl;
            for (const TargetDiff &diff : changes[i]) {
                if (diff.change == TargetChange::Unchanged && diff.qualifierChange == QualifierChange::None)
                    continue;
                m_out << u"  %1 (%2): %3 → %4  %5%6"_s.arg(diff.indicator, toString(diff.measure),
                                                           diff.before ? formatFigure(*diff.before) : u"—"_s,
                                                           diff.after ? formatFigure(*diff.after) : u"—"_s,
                                                           toString(diff.change),
                                                           diff.qualifierChange == QualifierChange::None
                                                               ? QString()
                                                               : u", "_s + toString(diff.qualifierChange))
                      << Qt::endl;
            }
        }
        if (!attainment.empty()) {
            m_out << Qt::endl << tr("Attainment (target of year Y against the actual reported for Y):") << Qt::endl;
            for (const AttainmentResult &result : attainment) {
                m_out << u"  %1 %2 %3 (%4): %5 → %6  %7"_s.arg(result.region).arg(result.year).arg(result.indicator,
                                                                                          toString(result.measure),
                                                                                          formatFigure(result.target),
                                                                                          formatFigure(result.actual),
                                                                                          toString(result.result))
                      << (result.margin ? u" (%1)"_s.arg(*result.margin, 0, 'g', 4) : QString()) << Qt::endl;
            }
        }
        return 0;
    }

    /// Columns padded to their display width (CJK characters count double).
    void writeTextTable(const QList<QStringList> &rows)
    {
        auto width = [](const QString &text) {
            qsizetype w = 0;
            for (QChar c : text)
                w += c.unicode() >= 0x1100 ? 2 : 1;
            return w;
        };
        std::vector<qsizetype> widths;
        for (const QStringList &row : rows) {
            widths.resize(std::max<std::size_t>(widths.size(), std::size_t(row.size())));
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[std::size_t(i)] = std::max(widths[std::size_t(i)], width(row[i]));
        }
        for (const QStringList &row : rows) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i)
                line += row[i] + QString(widths[std::size_t(i)] - width(row[i]) + 2, u' ');
            m_out << line.trimmed() << Qt::endl;
        }
    }

    /// --depth top|second|paragraphs, shared by align and diff.
    bool alignOptions(const QCommandLineParser &parser, AlignOptions &options)
    {
        const QString depth = parser.value(u"depth"_s);
        if (depth == u"top"_s)
            options.depth = AlignDepth::TopLevel;
        else if (depth == u"paragraphs"_s)
            options.depth = AlignDepth::Paragraphs;
        else if (depth.isEmpty() || depth == u"second"_s)
            options.depth = AlignDepth::SecondLevel;
        else {
            m_err << tr("Invalid value '%1' for %2").arg(depth, u"--depth"_s) << Qt::endl;
            return false;
        }
        options.crossRoles = parser.isSet(u"cross-roles"_s);
        return true;
    }

    void addAlignOptions(QCommandLineParser &parser)
    {
        parser.addOption({u"depth"_s, tr("Align top-level sections, second-level sections or paragraphs."),
                          u"top|second|paragraphs"_s, u"second"_s});
        parser.addOption({u"cross-roles"_s, tr("Let review sections align with plan sections.")});
    }

    int alignCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        addAlignOptions(parser);
        if (!parse(parser, arguments, 2, -1))
            return 2;
        AlignOptions options;
        if (!alignOptions(parser, options))
            return 2;
        const auto documents = resolveDocuments(positional(parser), parser);
        if (!documents)
            return 1;
        return writeAlignment(*documents, options, parser.isSet(u"json"_s), m_out, m_err);
    }

    int diffCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        addAlignOptions(parser);
        parser.addOption({u"section"_s, tr("Diff only the sections in this row of the alignment (see align)."), tr("N")});
        parser.addOption({u"html"_s, tr("Write a side-by-side HTML page to FILE."), tr("FILE")});
        parser.addOption({u"ignore-punctuation"_s, tr("Treat ASCII and Chinese punctuation (, and ，) as equal.")});
        if (!parse(parser, arguments, 2, 2))
            return 2;
        AlignOptions options;
        if (!alignOptions(parser, options))
            return 2;
        std::optional<int> section;
        if (parser.isSet(u"section"_s)) {
            bool ok = false;
            section = parser.value(u"section"_s).toInt(&ok);
            if (!ok || *section < 1) {
                m_err << tr("Invalid value '%1' for %2").arg(parser.value(u"section"_s), u"--section"_s) << Qt::endl;
                return 2;
            }
        }
        DiffOptions diffOptions;
        diffOptions.ignorePunctuationVariants = parser.isSet(u"ignore-punctuation"_s);
        const auto documents = resolveDocuments(positional(parser), parser);
        if (!documents)
            return 1;
        return writeDiff((*documents)[0], (*documents)[1], section, parser.value(u"html"_s), m_out, m_err, options,
                         diffOptions);
    }

    int chartCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        addChartOptions(parser);
        if (!parse(parser, arguments, 1, -1))
            return 2;
        ChartExportOptions exportOptions;
        const std::optional<ChartRequest> request = chartRequestFromOptions(parser, exportOptions, m_err);
        if (!request)
            return 2;
        const auto documents = resolveDocuments(positional(parser), parser);
        if (!documents)
            return 1;
        return runChartCommand(*documents, *request, parser.value(u"out"_s), m_err, exportOptions);
    }

    int annotateCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.addOption({u"quote"_s, tr("The exact words to annotate (whitespace and punctuation may differ)."),
                          tr("text")});
        parser.addOption({u"note"_s, tr("The note."), tr("text")});
        parser.addOption({u"tag"_s, tr("A tag (repeat for several)."), tr("tag")});
        parser.addOption({u"color"_s, tr("Highlight colour: yellow, green, blue, pink or purple."), tr("colour"),
                          u"yellow"_s});
        parser.addOption({u"occurrence"_s, tr("Which occurrence of the quote (default 1)."), tr("N"), u"1"_s});
        if (!parse(parser, arguments, 1, 1))
            return 2;
        AnnotateRequest request;
        request.quote = parser.value(u"quote"_s);
        if (request.quote.trimmed().isEmpty()) {
            m_err << tr("annotate needs --quote TEXT.") << Qt::endl;
            return 2;
        }
        request.note = parser.value(u"note"_s);
        request.tags = parser.values(u"tag"_s);
        const auto color = highlightColorFromString(parser.value(u"color"_s));
        bool ok = false;
        request.occurrence = parser.value(u"occurrence"_s).toInt(&ok);
        if (!color || !ok) {
            m_err << tr("Invalid value '%1' for %2")
                         .arg(color ? parser.value(u"occurrence"_s) : parser.value(u"color"_s),
                              color ? u"--occurrence"_s : u"--color"_s)
                  << Qt::endl;
            return 2;
        }
        request.color = *color;
        const Result<Document> document = resolveDocument(positional(parser).front(), parser, true);
        if (!document) {
            m_err << errorText(document.error()) << Qt::endl;
            return 1;
        }
        return parallax::annotateCommand(libraryPath(parser), *document, request, parser.isSet(u"json"_s), m_out,
                                         m_err);
    }

    int annotationsCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.addOption({u"csv"_s, tr("Write CSV (UTF-8 with BOM, opens in Excel and WPS).")});
        parser.addOption({u"markdown"_s, tr("Write Markdown.")});
        if (!parse(parser, arguments, 1, 1))
            return 2;
        const Result<Document> document = resolveDocument(positional(parser).front(), parser);
        if (!document) {
            m_err << errorText(document.error()) << Qt::endl;
            return 1;
        }
        const AnnotationFormat format = parser.isSet(u"json"_s) ? AnnotationFormat::Json
            : parser.isSet(u"csv"_s)                             ? AnnotationFormat::Csv
            : parser.isSet(u"markdown"_s)                        ? AnnotationFormat::Markdown
                                                                 : AnnotationFormat::Text;
        return parallax::annotationsCommand(libraryPath(parser), *document, format, m_out, m_err);
    }

    int printCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.addOption({u"out"_s, tr("The PDF file to write."), tr("FILE.pdf")});
        parser.addOption({u"annotated"_s, tr("Print highlights and notes from the library.")});
        if (!parse(parser, arguments, 1, 1))
            return 2;
        const QString out = parser.value(u"out"_s);
        if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
            m_err << tr("print needs --out FILE.pdf.") << Qt::endl;
            return 2;
        }
        const Result<Document> document = resolveDocument(positional(parser).front(), parser);
        if (!document) {
            m_err << errorText(document.error()) << Qt::endl;
            return 1;
        }
        std::vector<Annotation> annotations;
        if (parser.isSet(u"annotated"_s)) {
            auto loaded = loadAnnotations(libraryPath(parser), *document, m_err);
            if (!loaded)
                return 1;
            annotations = std::move(*loaded);
        }
        const Result<int> pages = writeDocumentPdf(*document, annotations, out);
        if (!pages) {
            m_err << errorText(pages.error()) << Qt::endl;
            return 1;
        }
        m_out << tr("wrote %1: %2 pages, %3 notes").arg(out).arg(*pages).arg(annotations.size()) << Qt::endl;
        return 0;
    }

    int reportCommand(const QStringList &arguments)
    {
        QCommandLineParser parser;
        addAlignOptions(parser);
        parser.addOption({u"out"_s, tr("The report file to write (.pdf or .html)."), tr("FILE")});
        parser.addOption({u"chart"_s, tr("Chart this indicator's targets (repeat for several)."), tr("INDICATOR")});
        parser.addOption({u"ignore-punctuation"_s, tr("Treat ASCII and Chinese punctuation (, and ，) as equal.")});
        if (!parse(parser, arguments, 2, -1))
            return 2;
        const QString out = parser.value(u"out"_s);
        if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive) && !out.endsWith(u".html"_s, Qt::CaseInsensitive)
            && !out.endsWith(u".htm"_s, Qt::CaseInsensitive)) {
            m_err << tr("report needs --out FILE.pdf or FILE.html.") << Qt::endl;
            return 2;
        }
        ReportOptions options;
        if (!alignOptions(parser, options.align))
            return 2;
        options.diff.ignorePunctuationVariants = parser.isSet(u"ignore-punctuation"_s);
        options.chartIndicators = parser.values(u"chart"_s);
        auto documents = resolveDocuments(positional(parser), parser);
        if (!documents)
            return 1;
        std::map<qint64, std::vector<Annotation>> annotations;
        int notes = 0;
        for (const Document &document : *documents) {
            if (document.id == 0)
                continue;
            auto loaded = loadAnnotations(libraryPath(parser), document, m_err);
            if (!loaded)
                return 1;
            notes += int(loaded->size());
            annotations[document.id] = std::move(*loaded);
        }
        const Result<ComparisonReport> report = buildComparisonReport(std::move(*documents), std::move(annotations), options);
        if (!report) {
            m_err << errorText(report.error()) << Qt::endl;
            return 1;
        }
        const Result<int> pages = writeComparisonReport(*report, out);
        if (!pages) {
            m_err << errorText(pages.error()) << Qt::endl;
            return 1;
        }
        m_out << tr("wrote %1: %2 pages, %3 aligned rows, %4 notes")
                     .arg(out)
                     .arg(*pages)
                     .arg(report->matrix.rows.size())
                     .arg(notes)
              << Qt::endl;
        return 0;
    }

    bool applyField(DocumentMetadata &meta, const QString &field, const QString &value)
    {
        auto invalid = [&] {
            m_err << tr("Invalid value '%1' for %2").arg(value, field) << Qt::endl;
            return false;
        };
        auto parseYear = [&](int &target) {
            bool ok = false;
            const int year = value.toInt(&ok);
            if (!ok || year < 1949 || year > 2100)
                return invalid();
            target = year;
            return true;
        };
        if (field == u"title"_s) {
            meta.title = value;
        } else if (field == u"region"_s) {
            meta.region = value;
        } else if (field == u"speaker"_s) {
            meta.speaker = value;
        } else if (field == u"date"_s) {
            meta.date = value;
        } else if (field == u"region_level"_s) {
            const auto level = regionLevelFromString(value);
            if (!level)
                return invalid();
            meta.regionLevel = *level;
        } else if (field == u"kind"_s) {
            const auto kind = documentKindFromString(value);
            if (!kind)
                return invalid();
            meta.kind = *kind;
        } else if (field == u"year_reported"_s) {
            return parseYear(meta.yearReported);
        } else if (field == u"year_planned"_s) {
            return parseYear(meta.yearPlanned);
        } else {
            m_err << tr("Unknown field: %1").arg(field) << Qt::endl;
            return false;
        }
        return true;
    }

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Cli cli(out, err);
    return cli.run(arguments);
}

} // namespace parallax
