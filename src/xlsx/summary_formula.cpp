#include "xlsx/summary_formula.hpp"

#include <fmt/format.h>

#include "xlsx/detail_layout.hpp"

namespace cr::xlsx {

std::string exact_criterion(const std::string& value) {
  std::string out = "\"=";
  for (char c : value) {
    if (c == '*' || c == '?' || c == '~') out += '~';
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::optional<std::string> total_formula(const model::Indicator& indicator, std::size_t record_count,
                                         int result_decimals) {
  const std::string sheet = detail::sheet_name;
  const std::string values = detail::column_range(sheet, detail::value, record_count);
  const std::string conditions =
      fmt::format("{},{},{},{}", detail::column_range(sheet, detail::indicator_id, record_count),
                  exact_criterion(indicator.id), detail::column_range(sheet, detail::counted, record_count),
                  exact_criterion(detail::counted_mark));
  switch (indicator.aggregate) {
    case model::Aggregate::sum:
      return fmt::format("SUMIFS({},{})", values, conditions);
    case model::Aggregate::max:
      return fmt::format("_xlfn.MAXIFS({},{})", values, conditions);
    case model::Aggregate::avg:
      return fmt::format("ROUND(AVERAGEIFS({},{}),{})", values, conditions, result_decimals);
    case model::Aggregate::last:
    case model::Aggregate::none:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace cr::xlsx
