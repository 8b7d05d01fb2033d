// 明细: every record as one row, streamed from campaign.records (never copied: a campaign may
// hold a million of them). Numbers are numbers in the indicator's unit; 表述 shows how they read.
#include <array>
#include <cstdlib>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "wording/date_wording.hpp"
#include "wording/number_wording.hpp"
#include "xlsx/detail_layout.hpp"
#include "xlsx/cell_lines.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheets.hpp"
#include "xlsx/text_width.hpp"

namespace cr::xlsx {
namespace {

using namespace detail;

constexpr std::array<const char*, column_count> headers{"指标编码", "指标名称", "所属工程", "单位",
                                                        "时期",     "数值",     "计量单位", "修饰",
                                                        "表述",     "计入合计", "备注",     "源数据行"};

// A name written on many rows, measured once.
struct Label {
  std::string text;
  double units = 0;
};

Label label(std::string text) {
  const double units = column_units(text, body_points);
  return {std::move(text), units};
}

// Which records make each indicator's campaign total under the roll-up rule (a unit's own
// figure stands for its subtree): the 汇总 formulas sum exactly these, through 计入合计.
std::vector<bool> counted_records(const WorkbookContext& context) {
  std::vector<bool> counted(context.campaign.records.size(), false);
  const auto everything = [](const model::Period&) { return true; };
  for (std::uint32_t i = 0; i < context.campaign.indicators.size(); ++i)
    for (std::uint32_t r : context.stats.records_for(i, stats::whole_campaign, everything)) counted[r] = true;
  return counted;
}

// Period labels, made once per distinct period (a million records share a few hundred).
class PeriodLabels {
 public:
  const std::string& operator()(const model::Period& period) {
    const auto key = std::make_tuple(static_cast<int>(period.granularity), period.first.days_since_epoch(),
                                     period.last.days_since_epoch());
    auto it = labels_.find(key);
    if (it == labels_.end()) it = labels_.emplace(key, wording::word_period(period)).first;
    return it->second;
  }

 private:
  std::map<std::tuple<int, long, long>, std::string> labels_;
};

// What repeats from row to row, prepared once per indicator and per unit.
struct IndicatorLabels {
  Label id, name, program, measure;
  lxw_format* number = nullptr;
};

std::vector<IndicatorLabels> indicator_labels(WorkbookContext& context) {
  const model::Campaign& campaign = context.campaign;
  // The fractional digits each indicator's values need, so that 30.6 shows as 30.6, not 31.
  std::vector<int> decimals(campaign.indicators.size(), 0);
  for (const model::Record& record : campaign.records) {
    int& d = decimals[record.indicator];
    d = std::max(d, record.value.value().normalized().scale());
  }
  std::vector<IndicatorLabels> labels;
  labels.reserve(campaign.indicators.size());
  for (std::size_t i = 0; i < campaign.indicators.size(); ++i) {
    const model::Indicator& indicator = campaign.indicators[i];
    labels.push_back({label(indicator.id), label(indicator.name), label(context.program_name(indicator)),
                      label(indicator.unit), context.formats.number(indicator.unit, decimals[i])});
  }
  return labels;
}

std::vector<Label> unit_labels(const model::Campaign& campaign) {
  std::vector<Label> labels;
  labels.reserve(campaign.units.size());
  for (const model::OrgUnit& unit : campaign.units) labels.push_back(label(unit.name));
  return labels;
}

constexpr double max_units = 24;  // longer names and notes wrap
constexpr double id_units = 32;   // ids stay whole: they have no place to break

// What repeats from row to row.
struct RowLabels {
  std::vector<IndicatorLabels> indicators;
  std::vector<Label> units;
};

// The widths 明细's columns will take, before a record is written: the names are known, the
// wording and notes are taken at their widest, periods and values at a generous guess.
std::vector<double> expected_widths(const RowLabels& labels) {
  std::vector<double> units(column_count, 10);
  units[wording] = units[note] = max_units;
  units[period] = units[value] = 20;
  for (const IndicatorLabels& indicator : labels.indicators) {
    units[indicator_id] = std::max(units[indicator_id], indicator.id.units);
    units[indicator_name] = std::max(units[indicator_name], indicator.name.units);
    units[program] = std::max(units[program], indicator.program.units);
    units[measure] = std::max(units[measure], indicator.measure.units);
  }
  for (const Label& unit : labels.units) units[detail::unit] = std::max(units[detail::unit], unit.units);
  for (lxw_col_t col = 0; col < column_count; ++col)
    units[col] = std::min(units[col] / line_fill_share, col == indicator_id ? id_units : max_units) + 5.0 / 8;
  return units;
}


void write_heading(SheetWriter& sheet, WorkbookContext& context, lxw_col_t last) {
  const model::Campaign& campaign = context.campaign;
  Formats& formats = context.formats;
  sheet.check(worksheet_set_row(sheet.handle(), title_row, 28, nullptr), title_row, 0);
  sheet.across(title_row, 0, last, campaign.title + " 明细", formats.get(Style::title));
  sheet.across(subtitle_row, 0, last,
               fmt::format("数据截至{}　共{}条记录", wording::word_date(context.as_of), campaign.records.size()),
               formats.get(Style::subtitle));
  for (lxw_col_t col = 0; col < column_count; ++col)
    sheet.text(header_row, col, headers[col], formats.get(Style::header));
}

void write_records(SheetWriter& sheet, WorkbookContext& context, const RowLabels& labels) {
  const model::Campaign& campaign = context.campaign;
  const std::vector<IndicatorLabels>& indicators = labels.indicators;
  const std::vector<Label>& units = labels.units;
  const Label whole = label(campaign.region.empty() ? std::string("全域") : campaign.region);
  const std::vector<bool> counted_flags = counted_records(context);
  const std::array<Label, 2> marks{label(not_counted_mark), label(counted_mark)};
  lxw_format* text = context.formats.get(Style::text);
  lxw_format* centred = context.formats.get(Style::text_center);
  lxw_format* plain_number = context.formats.number("", 0);
  std::array<std::string, 11> qualifier_words;
  for (std::size_t q = 0; q < qualifier_words.size(); ++q)
    qualifier_words[q] = std::string(model::word_of(static_cast<model::Qualifier>(q)));

  PeriodLabels period_labels;
  std::vector<std::size_t> longest_value(campaign.indicators.size(), 0);  // characters, per indicator
  lxw_row_t row = first_data_row;
  for (const model::Record& record : campaign.records) {
    const IndicatorLabels& indicator = indicators[record.indicator];
    const Label& unit = record.has_unit() ? units[record.unit] : whole;
    sheet.text_sized(row, indicator_id, indicator.id.text, text, indicator.id.units);
    sheet.text_sized(row, indicator_name, indicator.name.text, text, indicator.name.units);
    sheet.text_sized(row, program, indicator.program.text, text, indicator.program.units);
    sheet.text_sized(row, detail::unit, unit.text, text, unit.units);
    sheet.text(row, period, period_labels(record.period), text);
    const std::string value_text = record.value.value().to_string();
    longest_value[record.indicator] = std::max(longest_value[record.indicator], value_text.size());
    sheet.number(row, value, std::strtod(value_text.c_str(), nullptr), indicator.number, {});
    sheet.text_sized(row, measure, indicator.measure.text, centred, indicator.measure.units);
    sheet.text(row, qualifier, qualifier_words[static_cast<std::size_t>(record.qualifier)], centred);
    const model::Indicator& definition = campaign.indicators[record.indicator];
    sheet.text(row, wording, wording::word_quantity(campaign.quantity(record), context.wording(definition)),
               text);
    const Label& mark = marks[counted_flags[row - first_data_row] ? 1 : 0];
    sheet.text_sized(row, counted, mark.text, text, mark.units);
    const std::string& note_text = campaign.notes[record.note];
    if (note_text.empty())
      sheet.blank(row, note, text);
    else
      sheet.text(row, note, note_text, context.formats.get(Style::text_wrap));
    sheet.number(row, source_line, record.line, plain_number, "");
    ++row;
  }
  // As the number format shows them: grouped by thousands, then the unit.
  for (std::size_t i = 0; i < longest_value.size(); ++i) {
    const std::string shown(longest_value[i] + longest_value[i] / 3, '0');
    sheet.widen(value, column_units(shown + " " + indicators[i].measure.text, body_points));
  }
}

}  // namespace

bool write_detail_sheet(WorkbookContext& context) {
  SheetWriter* sheet = context.add_sheet(sheet_name);
  if (sheet == nullptr) return false;
  sheet->limit_widths(6, max_units);
  sheet->limit_column(indicator_id, id_units);
  const RowLabels labels{indicator_labels(context), unit_labels(context.campaign)};
  write_heading(*sheet, context, static_cast<lxw_col_t>(title_end(expected_widths(labels), true)));
  write_records(*sheet, context, labels);
  const std::size_t count = context.campaign.records.size();
  const lxw_row_t last_row = first_data_row + static_cast<lxw_row_t>(count == 0 ? 0 : count - 1);
  worksheet_freeze_panes(sheet->handle(), first_data_row, 0);
  sheet->check(worksheet_autofilter(sheet->handle(), header_row, 0, last_row, column_count - 1), header_row,
               0);
  sheet->apply_widths();
  // Past one page wide at a legible size, each page across repeats which indicator a row is.
  const PageSetup setup{.total_units = sheet->total_width(),
                        .landscape = true,
                        .repeat_first_row = header_row,
                        .repeat_last_row = header_row,
                        .repeat_columns = indicator_name + 1};
  sheet->check(apply_page_setup(sheet->handle(), setup), header_row, 0);
  return true;
}

}  // namespace cr::xlsx
