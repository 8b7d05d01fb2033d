#pragma once
// Fills placeholders from the campaign's statistics, in official wording (wording/number_wording):
//
//   {{id}}            the indicator's campaign figure: 10余场, 近万人次, 320多万元
//   {{id@2015}}       the figure for a period, written as records.csv writes one (2015, 2015-Q2,
//                     2015年一季度, 2015/3, 2015年3月, 2015-03-01, 2014/2015...)
//   {{id[t1]}}        the figure of a unit, rolled up its subtree; the unit by id or, as records.csv
//                     takes it, by its name when no other unit has it: {{id[东村]}}; {{id[t1]@2015}} both
//   |万  |亿          the figure in that scale (30.6万人, 3.45亿元)
//   |汉字             small counts in Chinese numerals (两项, 九个)
//   |数值             the number alone, without qualifier and unit (30.6万, 15940; 约2.6万 gives 2.6万)
//   |同比             growth against the same period a year before, base included
//                     (比上年增长12.5%, 与上年持平, 比上年同期下降3.1%; for a rate
//                     比上年提高2.6个百分点); needs @period
//   |百分点           the change of a rate against a year before (比上年提高2.6个百分点); needs @period
//   |百分比           the selected figure's share of the campaign total (35.2%); needs [unit] or @period
//   |日期             a date field in words (2016年11月21日); date fields read so by default
//   |含同比           the figure with its growth against a year before when there is a base
//                     (12000人次，比上年增长12.5%; 96.5%，比上年提高2.6个百分点), else the figure alone
//   |由到             before and after (由15940元提高到20940元) when there is a base, else the figure
//
// In a year-end report (set_report_year) a figure without @period is the report year's (or its
// months 1..N when the year is covered in part), and 同比, 百分点, 含同比 and 由到 without
// @period compare it with the same months of the year before (比上年 / 比上年同期).
//
// Campaign fields: campaign.id .title .organization .short_name .region .source .editors
// (秦华、黄瑾), the dates campaign.start .end .published, report.year, report.period (2024年,
// 2024年1至9月: year-end reports only); templates add
// program.id, program.name and program.summary inside a program's subsection.
//
// Anything that cannot be filled (an unknown indicator, unit, period, field or filter, a
// period without data, a comparison without a base) is an error at the file, line and
// character column of the offending part, and the placeholder is left as written.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "input/reference_index.hpp"
#include "model/date.hpp"
#include "model/source_position.hpp"
#include "report/narrative.hpp"
#include "report/placeholder.hpp"
#include "stats/report_year.hpp"
#include "stats/statistics.hpp"

namespace cr::report {

class PlaceholderEngine {
 public:
  // `stats` (and its campaign) must outlive the engine. Campaign fields are set from it.
  explicit PlaceholderEngine(const stats::Statistics& stats);

  // Adds or replaces a text field (program.name…) or a date field.
  void set_field(const std::string& name, std::string value);
  void set_date_field(const std::string& name, const model::Date& date);
  // Whether a field exists and is not empty (a template line `when` it is).
  bool has_value(std::string_view field) const;
  // Makes this a year-end report's engine: figures default to `year`, compared with its base.
  void set_report_year(const stats::ReportYear& year);

  // The text for one placeholder (`inner` is what stands between {{ and }}, `at` the position
  // of its first character), or nullopt after reporting why into `diagnostics`.
  std::optional<std::string> fill(std::string_view inner, const model::SourcePosition& at,
                                  diag::Diagnostics& diagnostics) const;
  // `fill` bound to `diagnostics`, for report/narrative.hpp. The engine must outlive it.
  PlaceholderResolver resolver(diag::Diagnostics& diagnostics) const;

 private:
  std::optional<std::string> fill_field(const Placeholder& p, diag::Diagnostics& d) const;
  std::optional<std::string> fill_indicator(const Placeholder& p, diag::Diagnostics& d) const;
  std::optional<std::uint32_t> find_unit(const PlaceholderPart& written, diag::Diagnostics& d) const;

  const stats::Statistics& stats_;
  input::ReferenceIndex units_;  // by id, or by a name no other unit has
  std::map<std::string, std::string, std::less<>> fields_;
  std::map<std::string, model::Date, std::less<>> date_fields_;
  std::optional<stats::ReportYear> year_;  // set in a year-end report
};

}  // namespace cr::report
