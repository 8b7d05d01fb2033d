#pragma once
// A comparison with the year before as a clause of running text: 比上年增长12.5%, 与上年持平,
// 比上年同期下降3.1%, 比上年提高2.6个百分点. Nothing when there is no comparison (a missing or zero
// base, an approximate figure): a report never writes 增长0% or — for what it does not know.
#include <optional>
#include <string>
#include <string_view>

#include "stats/comparison.hpp"

namespace cr::report {

// The clause for a growth or a change in points, `against` naming the base (比上年, 比上年同期).
std::optional<std::string> comparison_clause(const stats::Comparison& comparison, std::string_view against);

}  // namespace cr::report
