#include "wording/table_wording.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace cr::wording {
namespace {

model::Decimal magnitude(const model::Decimal& v) { return v.is_negative() ? -v : v; }

bool is_plain_sum(const model::Indicator& indicator) {
  return indicator.aggregate == model::Aggregate::sum && !indicator.is_rate();
}

}  // namespace

WordingOptions row_wording(std::span<const model::Quantity> row, model::Wording wording, bool group_digits) {
  // 汉字 is for running text; 万/亿 still sets the scale, through shown_scale.
  const model::Wording kept = wording == model::Wording::hanzi ? model::Wording::as_written : wording;
  WordingOptions options{kept, group_digits, true};
  auto largest =
      std::max_element(row.begin(), row.end(), [](const model::Quantity& a, const model::Quantity& b) {
        return magnitude(a.value) < magnitude(b.value);
      });
  options.scale = largest == row.end() ? model::Scale::one : shown_scale(*largest, kept);
  return options;
}

bool is_sum_of_rates(const model::Indicator& indicator, std::size_t records) {
  return indicator.is_rate() && indicator.aggregate == model::Aggregate::sum && records > 1;
}

std::string_view unassigned_heading(model::Granularity bucket) {
  switch (bucket) {
    case model::Granularity::quarter:
      return "未分季度";
    case model::Granularity::month:
      return "未分月份";
    default:
      return "未分年度";
  }
}

std::string_view total_heading(std::span<const model::Indicator* const> indicators) {
  const bool all_sums = std::all_of(indicators.begin(), indicators.end(),
                                    [](const model::Indicator* i) { return is_plain_sum(*i); });
  return all_sums ? "合计" : "全期";
}

std::string total_note(std::span<const model::Indicator* const> indicators) {
  if (total_heading(indicators) == "合计") return "";
  // What a figure that is not a sum holds; `none` (a single record) and a summed rate (its cell
  // holds one record's rate, or nothing) need no word.
  constexpr std::array<std::pair<model::Aggregate, std::string_view>, 3> meanings{
      {{model::Aggregate::last, "期末数"},
       {model::Aggregate::max, "最高值"},
       {model::Aggregate::avg, "平均值"}}};
  std::string clauses, sums;
  for (const auto& [aggregate, meaning] : meanings) {
    std::string names;
    for (const model::Indicator* i : indicators)
      if (i->aggregate == aggregate) names += (names.empty() ? "" : "、") + i->name;
    if (!names.empty()) clauses += (clauses.empty() ? "" : "，") + names + "为" + std::string(meaning);
  }
  if (clauses.empty()) return "";
  bool rest_are_sums = true;
  for (const model::Indicator* i : indicators) {
    if (is_plain_sum(*i))
      sums += (sums.empty() ? "" : "、") + i->name;
    else if (i->aggregate == model::Aggregate::sum || i->aggregate == model::Aggregate::none)
      rest_are_sums = false;
  }
  if (!sums.empty()) clauses += rest_are_sums ? "，其余为各期合计" : "，" + sums + "为各期合计";
  return "注：“全期”栏中，" + clauses + "。";
}

}  // namespace cr::wording
