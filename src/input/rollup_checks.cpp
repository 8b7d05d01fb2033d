#include "input/rollup_checks.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "stats/statistics.hpp"
#include "wording/date_wording.hpp"

namespace cr::input {
namespace {

constexpr std::size_t lines_named = 8;  // further lines are counted, not listed

std::string unit_zh(const model::Campaign& c, const model::Record& r) {
  return r.has_unit() ? fmt::format("单位“{}”", c.units[r.unit].name) : "不分单位";
}
std::string unit_en(const model::Campaign& c, const model::Record& r) {
  return r.has_unit() ? fmt::format("unit '{}'", c.units[r.unit].id) : "no unit";
}

// "（第 13、14 行同此）"; past lines_named of them "（第 13、14、…、20 行等共 31 行同此）".
std::pair<std::string, std::string> others(const model::Campaign& c, const std::vector<std::uint32_t>& rest) {
  if (rest.empty()) return {"", ""};
  std::string zh, en;
  for (std::size_t i = 0; i < std::min(rest.size(), lines_named); ++i) {
    zh += fmt::format("{}{}", i ? "、" : "", c.records[rest[i]].line);
    en += fmt::format("{}{}", i ? ", " : "", c.records[rest[i]].line);
  }
  if (rest.size() > lines_named)
    return {fmt::format("（第 {} 行等共 {} 行同此）", zh, rest.size()),
            fmt::format(" (as are {} more: lines {} and others)", rest.size(), en)};
  return {fmt::format("（第 {} 行同此）", zh),
          (rest.size() == 1 ? " (as is line " : " (as are lines ") + en + ")"};
}

// One warning for the records one own record stands for, at the first of them.
void warn(const TableSource& source, const model::Campaign& c, std::uint32_t standing,
          const std::vector<std::uint32_t>& left, int column, diag::Diagnostics& diagnostics) {
  const model::Record& first = c.records[left.front()];
  const model::Record& above = c.records[standing];
  const model::Indicator& indicator = c.indicators[first.indicator];
  const auto [more_zh, more_en] = others(c, {left.begin() + 1, left.end()});
  const std::string who_zh = above.has_unit() ? unit_zh(c, above) + "自报" : "不分单位填报";
  source.warning(
      diagnostics, static_cast<int>(first.line), column, "left-out-record",
      fmt::format("第 {} 行（{}，{}）不计入指标“{}”的汇总：第 {} 行{}的{}数字已包含它{}", first.line,
                  unit_zh(c, first), wording::word_period(first.period), indicator.name, above.line, who_zh,
                  wording::word_period(above.period), more_zh),
      fmt::format("line {} ({}, {}) is left out of the totals of '{}': line {} ({}, {}) already stands "
                  "for it{}",
                  first.line, unit_en(c, first), first.period.canonical(), indicator.id, above.line,
                  unit_en(c, above), above.period.canonical(), more_en));
}

}  // namespace

void check_rollup(const TableSource& source, const model::Campaign& campaign, int period_column,
                  diag::Diagnostics& diagnostics) {
  // Without records that name units, nothing stands for anything else.
  if (std::none_of(campaign.records.begin(), campaign.records.end(),
                   [](const model::Record& r) { return r.has_unit(); }))
    return;
  const stats::Statistics stats(campaign);
  for (std::uint32_t i = 0; i < campaign.indicators.size(); ++i) {
    std::map<std::uint32_t, std::vector<std::uint32_t>> by_standing;  // ordered: stable output
    for (const auto& left : stats.left_out(i)) by_standing[left.standing].push_back(left.record);
    for (const auto& [standing, records] : by_standing)
      warn(source, campaign, standing, records, period_column, diagnostics);
  }
}

}  // namespace cr::input
