#include "core/diff/worddiff.h"

#include "core/diff/sequencediff.h"
#include "core/text/normalizer.h"
#include "core/text/tokenizer.h"

#include <QFuture>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>
#include <QString>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

int WordDiff::count(DiffKind kind) const
{
    return int(std::count_if(chunks.begin(), chunks.end(), [kind](const DiffChunk &c) { return c.kind == kind; }));
}

bool WordDiff::isIdentical() const
{
    return std::all_of(chunks.begin(), chunks.end(), [](const DiffChunk &c) { return c.kind == DiffKind::Equal; });
}

namespace {

// A chunk over token index ranges [begin, end) on both sides, before conversion to text spans.
struct TokenChunk
{
    DiffKind kind = DiffKind::Equal;
    std::array<qsizetype, 2> begin{};
    std::array<qsizetype, 2> end{};
    int moveId = -1;
    [[nodiscard]] qsizetype count(int side) const { return end[side] - begin[side]; }
};

struct Side
{
    QStringView text;
    QString folded; // keeps the key views alive when folding
    std::vector<Token> tokens;
    std::vector<quint32> keys;
    std::vector<qsizetype> prefixChars; // characters of non-space tokens before token i

    [[nodiscard]] qsizetype chars(qsizetype begin, qsizetype end) const { return prefixChars[size_t(end)] - prefixChars[size_t(begin)]; }
    [[nodiscard]] bool allSpace(qsizetype begin, qsizetype end) const
    {
        for (qsizetype i = begin; i < end; ++i) {
            if (tokens[size_t(i)].kind != TokenKind::Space)
                return false;
        }
        return true;
    }
};

bool isEdit(DiffKind kind)
{
    return kind == DiffKind::Insert || kind == DiffKind::Delete || kind == DiffKind::Replace;
}

DiffKind editKind(qsizetype left, qsizetype right)
{
    if (left > 0 && right > 0)
        return DiffKind::Replace;
    return left > 0 ? DiffKind::Delete : DiffKind::Insert;
}

// Merges runs of edits into one chunk and runs of equalities into one chunk.
std::vector<TokenChunk> coalesce(const std::vector<TokenChunk> &in)
{
    std::vector<TokenChunk> out;
    for (const TokenChunk &chunk : in) {
        if (chunk.count(0) == 0 && chunk.count(1) == 0)
            continue;
        if (!out.empty() && out.back().moveId < 0 && chunk.moveId < 0
            && ((out.back().kind == DiffKind::Equal && chunk.kind == DiffKind::Equal)
                || (isEdit(out.back().kind) && isEdit(chunk.kind)))) {
            TokenChunk &last = out.back();
            last.end = chunk.end;
            if (isEdit(last.kind))
                last.kind = editKind(last.count(0), last.count(1));
            continue;
        }
        out.push_back(chunk);
    }
    return out;
}

void markChangedNumbers(std::vector<TokenChunk> &chunks, const std::array<Side, 2> &sides)
{
    for (TokenChunk &chunk : chunks) {
        if (chunk.kind != DiffKind::Replace)
            continue;
        bool ok = true;
        for (int s = 0; s < 2 && ok; ++s) {
            int numbers = 0;
            for (qsizetype i = chunk.begin[s]; i < chunk.end[s]; ++i) {
                const TokenKind kind = sides[s].tokens[size_t(i)].kind;
                if (kind == TokenKind::Number)
                    ++numbers;
                else if (kind != TokenKind::Space)
                    ok = false;
            }
            ok = ok && numbers == 1;
        }
        if (ok)
            chunk.kind = DiffKind::ChangedNumber;
    }
}

// diff-match-patch's semantic clean-up on token chunks: an equality no longer than the edits on
// both sides of it is folded into one replacement, so the markup reads like a person's.
void semanticCleanup(std::vector<TokenChunk> &chunks, const std::array<Side, 2> &sides)
{
    auto longest = [&](const TokenChunk &c) {
        return std::max(sides[0].chars(c.begin[0], c.end[0]), sides[1].chars(c.begin[1], c.end[1]));
    };
    for (int pass = 0; pass < 16; ++pass) {
        bool changed = false;
        std::vector<TokenChunk> out;
        out.reserve(chunks.size());
        for (size_t i = 0; i < chunks.size(); ++i) {
            const TokenChunk &chunk = chunks[i];
            if (chunk.kind == DiffKind::Equal && !out.empty() && isEdit(out.back().kind) && i + 1 < chunks.size()
                && isEdit(chunks[i + 1].kind)) {
                const qsizetype equal = sides[0].chars(chunk.begin[0], chunk.end[0]);
                if (equal <= longest(out.back()) && equal <= longest(chunks[i + 1])) {
                    TokenChunk &last = out.back();
                    last.end = chunks[i + 1].end;
                    last.kind = DiffKind::Replace;
                    ++i;
                    changed = true;
                    continue;
                }
            }
            out.push_back(chunk);
        }
        chunks = coalesce(out);
        if (!changed)
            break;
    }
}

bool isSentenceEnd(const Side &side, qsizetype token)
{
    const Token &t = side.tokens[size_t(token)];
    if (t.kind == TokenKind::Space)
        return side.text.mid(t.start, t.length).contains(u'\n');
    if (t.kind != TokenKind::Punctuation)
        return false;
    const char16_t c = side.text[t.start].unicode();
    return c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u';' || c == u'!' || c == u'?';
}

// A move key: the folded text of a piece without spaces and punctuation.
QString moveKey(const Side &side, qsizetype begin, qsizetype end)
{
    QString key;
    for (qsizetype i = begin; i < end; ++i) {
        const Token &t = side.tokens[size_t(i)];
        if (t.kind == TokenKind::Word || t.kind == TokenKind::Number)
            key += analysisFold(side.text.mid(t.start, t.length));
    }
    return key;
}

double bigramDice(const QString &a, const QString &b)
{
    if (a.size() < 2 || b.size() < 2)
        return a == b ? 1.0 : 0.0;
    QHash<quint32, int> grams;
    for (qsizetype i = 0; i + 1 < a.size(); ++i)
        ++grams[(quint32(a[i].unicode()) << 16) | a[i + 1].unicode()];
    int common = 0;
    for (qsizetype i = 0; i + 1 < b.size(); ++i) {
        auto it = grams.find((quint32(b[i].unicode()) << 16) | b[i + 1].unicode());
        if (it != grams.end() && it.value() > 0) {
            --it.value();
            ++common;
        }
    }
    return 2.0 * common / double(a.size() - 1 + b.size() - 1);
}

// Slides a one-sided edit between two equalities along equal tokens (as diff-match-patch's
// lossless clean-up does) to where it reads best: ending at a sentence end, or starting after one.
void alignEditsToSentences(std::vector<TokenChunk> &chunks, const std::array<Side, 2> &sides)
{
    for (size_t c = 1; c + 1 < chunks.size(); ++c) {
        TokenChunk &edit = chunks[c];
        TokenChunk &before = chunks[c - 1];
        TokenChunk &after = chunks[c + 1];
        if ((edit.kind != DiffKind::Insert && edit.kind != DiffKind::Delete) || before.kind != DiffKind::Equal
            || after.kind != DiffKind::Equal)
            continue;
        const int s = edit.kind == DiffKind::Delete ? 0 : 1;
        const Side &side = sides[s];
        // Slide fully left first, then try every position to the right.
        qsizetype shiftLeft = 0;
        while (shiftLeft < before.count(s)
               && side.keys[size_t(edit.end[s] - 1 - shiftLeft)] == side.keys[size_t(edit.begin[s] - 1 - shiftLeft)])
            ++shiftLeft;
        qsizetype shiftRight = 0;
        while (shiftRight < after.count(s)
               && side.keys[size_t(edit.begin[s] + shiftRight)] == side.keys[size_t(edit.end[s] + shiftRight)])
            ++shiftRight;
        if (shiftLeft == 0 && shiftRight == 0)
            continue;
        qsizetype best = 0;
        int bestScore = -1;
        for (qsizetype shift = -shiftLeft; shift <= shiftRight; ++shift) {
            const qsizetype begin = edit.begin[s] + shift;
            const qsizetype end = edit.end[s] + shift;
            int score = 0;
            if (isSentenceEnd(side, end - 1))
                score += 2;
            if (begin == 0 || isSentenceEnd(side, begin - 1))
                score += 1;
            if (score > bestScore) {
                bestScore = score;
                best = shift;
            }
        }
        if (best == 0)
            continue;
        for (int k = 0; k < 2; ++k) {
            before.end[k] += best;
            after.begin[k] += best;
            edit.begin[k] += best;
            edit.end[k] += best;
        }
    }
}

void detectMoves(std::vector<TokenChunk> &chunks, const std::array<Side, 2> &sides, const DiffOptions &options)
{
    // 1. Split one-sided edits into sentences; Replace sides are candidates as a whole.
    std::vector<TokenChunk> split;
    for (const TokenChunk &chunk : chunks) {
        if (chunk.kind != DiffKind::Delete && chunk.kind != DiffKind::Insert) {
            split.push_back(chunk);
            continue;
        }
        const int s = chunk.kind == DiffKind::Delete ? 0 : 1;
        qsizetype from = chunk.begin[s];
        for (qsizetype i = chunk.begin[s]; i < chunk.end[s]; ++i) {
            if (isSentenceEnd(sides[s], i) || i + 1 == chunk.end[s]) {
                TokenChunk piece = chunk;
                piece.begin[s] = from;
                piece.end[s] = i + 1;
                split.push_back(piece);
                from = i + 1;
            }
        }
    }
    struct Piece
    {
        size_t chunk;
        int side;
        QString key;
        int partner = -1;
    };
    std::vector<Piece> pieces;
    for (size_t c = 0; c < split.size(); ++c) {
        const TokenChunk &chunk = split[c];
        if (!isEdit(chunk.kind))
            continue;
        for (int s = 0; s < 2; ++s) {
            if (chunk.count(s) == 0)
                continue;
            QString key = moveKey(sides[s], chunk.begin[s], chunk.end[s]);
            if (key.size() >= options.minMoveLength)
                pieces.push_back({c, s, std::move(key)});
        }
    }
    if (pieces.size() < 2 || pieces.size() > 4000) {
        chunks = coalesce(split);
        return;
    }
    // 2. Pair deleted and inserted pieces: exact (folded) text first, then near-identical.
    QHash<QString, std::vector<int>> insertedByKey;
    for (int p = 0; p < int(pieces.size()); ++p) {
        if (pieces[size_t(p)].side == 1)
            insertedByKey[pieces[size_t(p)].key].push_back(p);
    }
    for (int p = 0; p < int(pieces.size()); ++p) {
        Piece &piece = pieces[size_t(p)];
        if (piece.side != 0)
            continue;
        auto it = insertedByKey.find(piece.key);
        if (it == insertedByKey.end())
            continue;
        for (int q : it.value()) {
            if (pieces[size_t(q)].partner < 0 && pieces[size_t(q)].chunk != piece.chunk) {
                piece.partner = q;
                pieces[size_t(q)].partner = p;
                break;
            }
        }
    }
    int budget = 200000; // character comparisons, keeps the fuzzy pass linear-ish on huge diffs
    for (int p = 0; p < int(pieces.size()) && budget > 0; ++p) {
        Piece &piece = pieces[size_t(p)];
        if (piece.side != 0 || piece.partner >= 0)
            continue;
        double best = 0.85;
        int bestQ = -1;
        for (int q = 0; q < int(pieces.size()); ++q) {
            const Piece &other = pieces[size_t(q)];
            if (other.side != 1 || other.partner >= 0 || other.chunk == piece.chunk)
                continue;
            const qsizetype a = piece.key.size();
            const qsizetype b = other.key.size();
            if (std::min(a, b) * 10 < std::max(a, b) * 8)
                continue;
            budget -= int(a + b);
            const double dice = bigramDice(piece.key, other.key);
            if (dice >= best) {
                best = dice;
                bestQ = q;
            }
        }
        if (bestQ >= 0) {
            piece.partner = bestQ;
            pieces[size_t(bestQ)].partner = p;
        }
    }
    // 3. Rebuild: a moved side becomes a one-sided Moved chunk; the rest of a Replace stays an edit.
    int nextMove = 0;
    std::vector<int> moveOfPiece(pieces.size(), -1);
    for (size_t p = 0; p < pieces.size(); ++p) {
        if (pieces[p].partner >= 0 && moveOfPiece[p] < 0) {
            moveOfPiece[p] = nextMove;
            moveOfPiece[size_t(pieces[p].partner)] = nextMove;
            ++nextMove;
        }
    }
    std::vector<std::array<int, 2>> moveOfChunkSide(split.size(), {-1, -1});
    for (size_t p = 0; p < pieces.size(); ++p)
        moveOfChunkSide[pieces[p].chunk][size_t(pieces[p].side)] = moveOfPiece[p];
    std::vector<TokenChunk> out;
    for (size_t c = 0; c < split.size(); ++c) {
        const TokenChunk &chunk = split[c];
        const auto &moves = moveOfChunkSide[c];
        if (moves[0] < 0 && moves[1] < 0) {
            out.push_back(chunk);
            continue;
        }
        TokenChunk left = chunk;
        left.end[1] = left.begin[1];
        TokenChunk right = chunk;
        right.begin[0] = right.end[0];
        left.kind = moves[0] >= 0 ? DiffKind::Moved : DiffKind::Delete;
        left.moveId = moves[0];
        right.kind = moves[1] >= 0 ? DiffKind::Moved : DiffKind::Insert;
        right.moveId = moves[1];
        if (left.count(0) > 0)
            out.push_back(left);
        if (right.count(1) > 0)
            out.push_back(right);
    }
    chunks = coalesce(out);
}

Side makeSide(TokenizedText &&tokenized, const DiffOptions &options)
{
    Side side;
    const QStringView text = tokenized.text;
    side.text = text;
    side.tokens = std::move(tokenized.tokens);
    if (options.ignorePunctuationVariants)
        side.folded = analysisFold(text);
    side.prefixChars.resize(side.tokens.size() + 1, 0);
    for (size_t i = 0; i < side.tokens.size(); ++i) {
        const Token &t = side.tokens[i];
        side.prefixChars[i + 1] = side.prefixChars[i] + (t.kind == TokenKind::Space ? 0 : t.length);
    }
    return side;
}

} // namespace

WordDiff diffTexts(QStringView left, QStringView right, const DiffOptions &options)
{
    // Segmentation (ICU) dominates on long texts: the two sides are tokenized concurrently.
    const Tokenizer &tokenizer = Tokenizer::instance();
    if (left.size() + right.size() > 20'000) {
        QFuture<std::vector<Token>> leftTokens = QtConcurrent::run([left, &tokenizer] { return tokenizer.tokenize(left); });
        std::vector<Token> rightTokens = tokenizer.tokenize(right);
        return diffTexts(TokenizedText{left, leftTokens.takeResult()}, TokenizedText{right, std::move(rightTokens)},
                         options);
    }
    return diffTexts(TokenizedText{left, tokenizer.tokenize(left)}, TokenizedText{right, tokenizer.tokenize(right)},
                     options);
}

WordDiff diffTexts(TokenizedText left, TokenizedText right, const DiffOptions &options)
{
    std::array<Side, 2> sides{makeSide(std::move(left), options), makeSide(std::move(right), options)};

    // Token keys: one id per distinct (folded) token text; all whitespace alike when ignored.
    QHash<QStringView, quint32> ids;
    ids.reserve(qsizetype(sides[0].tokens.size() / 3 + sides[1].tokens.size() / 3 + 16));
    static const QString space = u" "_s;
    for (Side &side : sides) {
        const QStringView source = options.ignorePunctuationVariants ? QStringView(side.folded) : side.text;
        side.keys.reserve(side.tokens.size());
        for (const Token &t : side.tokens) {
            const QStringView key = (options.ignoreWhitespace && t.kind == TokenKind::Space)
                                        ? QStringView(space)
                                        : source.mid(t.start, t.length);
            auto it = ids.constFind(key);
            if (it == ids.constEnd())
                it = ids.insert(key, quint32(ids.size()));
            side.keys.push_back(it.value());
        }
    }

    SequenceDiffLimits limits;
    limits.myersBudget = options.myersBudget;
    const SequenceDiffResult script = sequenceDiff(sides[0].keys, sides[1].keys, limits);

    std::vector<TokenChunk> chunks;
    std::array<qsizetype, 2> at{0, 0};
    for (const EditOp &op : script.ops) {
        TokenChunk chunk;
        chunk.begin = at;
        if (op.type == EditOp::Type::Equal) {
            chunk.kind = DiffKind::Equal;
            at[0] += op.count;
            at[1] += op.count;
        } else if (op.type == EditOp::Type::Delete) {
            chunk.kind = DiffKind::Delete;
            at[0] += op.count;
        } else {
            chunk.kind = DiffKind::Insert;
            at[1] += op.count;
        }
        chunk.end = at;
        chunks.push_back(chunk);
    }
    chunks = coalesce(chunks);

    if (options.ignoreWhitespace) {
        for (TokenChunk &chunk : chunks) {
            if (isEdit(chunk.kind) && sides[0].allSpace(chunk.begin[0], chunk.end[0])
                && sides[1].allSpace(chunk.begin[1], chunk.end[1]))
                chunk.kind = DiffKind::Equal;
        }
        chunks = coalesce(chunks);
    }
    alignEditsToSentences(chunks, sides);
    chunks = coalesce(chunks);
    if (options.detectNumbers)
        markChangedNumbers(chunks, sides);
    if (options.semanticCleanup)
        semanticCleanup(chunks, sides);
    if (options.detectMoves)
        detectMoves(chunks, sides, options);

    WordDiff result;
    result.approximateRegions = script.approximateRegions;
    result.approximate = script.approximateRegions > 0;
    result.leftTokens = qsizetype(sides[0].tokens.size());
    result.rightTokens = qsizetype(sides[1].tokens.size());
    result.chunks.reserve(chunks.size());
    auto position = [&](int s, qsizetype token) {
        const std::vector<Token> &tokens = sides[s].tokens;
        return token < qsizetype(tokens.size()) ? tokens[size_t(token)].start : sides[s].text.size();
    };
    QHash<int, int> firstEndOfMove;
    for (const TokenChunk &chunk : chunks) {
        DiffChunk out;
        out.kind = chunk.kind;
        for (int s = 0; s < 2; ++s)
            out.spans[size_t(s)] = {position(s, chunk.begin[s]), position(s, chunk.end[s])};
        const int index = int(result.chunks.size());
        if (chunk.kind == DiffKind::Moved && chunk.moveId >= 0) {
            auto it = firstEndOfMove.find(chunk.moveId);
            if (it == firstEndOfMove.end()) {
                firstEndOfMove.insert(chunk.moveId, index);
            } else {
                out.partner = it.value();
                result.chunks[size_t(it.value())].partner = index;
            }
        }
        result.chunks.push_back(out);
    }
    return result;
}

} // namespace parallax
