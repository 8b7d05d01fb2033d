#include "report/year_wording.hpp"

#include "wording/number_wording.hpp"

namespace cr::report {

std::optional<std::string> comparison_clause(const stats::Comparison& comparison, std::string_view against) {
  if (!comparison || !comparison.amount) return std::nullopt;
  if (comparison.kind == stats::ComparisonKind::points)
    return wording::word_points_change(*comparison.amount, against);
  if (comparison.kind == stats::ComparisonKind::growth) return wording::word_growth(*comparison.amount, against);
  return std::nullopt;
}

}  // namespace cr::report
