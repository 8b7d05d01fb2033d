#include "input/figure_limits.hpp"

#include <vector>

#include <fmt/format.h>

namespace cr::input {

void check_figure_totals(const model::Campaign& campaign, diag::Diagnostics& diagnostics) {
  const model::Decimal limit = model::Decimal(1).shifted(max_total_digits);
  std::vector<model::Decimal> totals(campaign.indicators.size());
  std::vector<bool> past(campaign.indicators.size(), false);
  for (const model::Record& r : campaign.records) {
    if (r.indicator >= totals.size() || past[r.indicator]) continue;
    const model::Decimal value = r.value.value();
    try {
      totals[r.indicator] += value.is_negative() ? -value : value;
      past[r.indicator] = !(totals[r.indicator] < limit);
    } catch (const model::DecimalOverflow&) {
      past[r.indicator] = true;
    }
  }
  for (std::size_t i = 0; i < past.size(); ++i) {
    if (!past[i]) continue;
    const model::Indicator& indicator = campaign.indicators[i];
    diagnostics.error(
        indicator.position.file, indicator.position.line, 0, "figure-too-large",
        fmt::format("指标“{}”（{}）的数值合计超过了 {} 位整数，无法精确计算；请检查数值是否多写了位数",
                    indicator.id, indicator.name, max_total_digits),
        fmt::format("the values of indicator '{}' ({}) add up to more than {} digits, past what is "
                    "computed exactly; check for values with digits too many",
                    indicator.id, indicator.name, max_total_digits));
  }
}

}  // namespace cr::input
