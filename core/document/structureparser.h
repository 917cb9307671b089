#pragma once

#include "core/document/document.h"

#include <QHash>
#include <QStringView>

#include <vector>

namespace parallax {

struct StructureOptions
{
    int maxDepth = 6;                 ///< no section is deeper: deeper headings stay in their parent's body
    QHash<QString, int> headingHints; ///< from DOCX/HTML: heading text → outline level
};

/// Recovers the section tree of a report or plan from its display text. Recognises the heading
/// systems of Chinese official documents (一、 / （一） / 1. / 一是 / 第X篇章节 / 专栏 / 名词解释 and
/// unnumbered short heading lines such as 工作回顾), nests them by order of first appearance, splits
/// headings fused with their body, recovers headings whose numbering was lost from their siblings'
/// parallel wording, and assigns roles. A text without headings yields one untitled section.
/// Linear in the text length. Pure function; any thread.
[[nodiscard]] std::vector<Section> parseStructure(QStringView text, const StructureOptions &options = {});

} // namespace parallax
