#pragma once

#include "core/document/document.h"
#include "core/indicators/indicatorlexicon.h"
#include "core/indicators/observation.h"

#include <vector>

namespace parallax {

/// Extracts every growth figure, level and target of the lexicon's indicators from a parsed
/// document, each with its exact quote and span, section, region and year.
///
/// - Text: an indicator mention (longest match; compounds such as 城乡居民人均可支配收入 and series
///   `X和Y分别…` distribute figures in order) owns the figures of its clause and of following clauses
///   that continue it (`、同比增长6.6%`, `,分别增长0.3%、5%`). A figure needs a unit, so years, meeting
///   numbers (二十届三中全会) and counts without a known unit are never read as indicators.
/// - Attribution: review sections give actuals for the reviewed year; targets paragraphs and plan
///   sections give targets for the planned year (for plans, the period's last year); `力争`/`确保`
///   mark a target anywhere; an explicit `2015年的` before a figure sets its year.
/// - Plan tables (专栏 boxes flattened with `|`): base-year actuals, end-year targets, annual-average
///   and cumulative (〔〕) targets, and the 预期性/约束性 attribute.
///
/// Linear in the text length. Pure function; any thread.
[[nodiscard]] std::vector<Observation> extractIndicators(const Document &document,
                                                         const IndicatorLexicon &lexicon = IndicatorLexicon::instance());

} // namespace parallax
