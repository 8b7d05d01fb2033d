// 明细: every record as one row, streamed from campaign.records (never copied: a campaign may
// hold a million of them). Numbers are numbers in the indicator's unit; 表述 shows how they read.
#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "xlsx/detail_layout.hpp"
#include "xlsx/labels.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheets.hpp"
#include "xlsx/text_width.hpp"

namespace cr::xlsx {
namespace {

using namespace detail;

constexpr std::array<const char*, column_count> headers{"指标编码", "指标名称", "所属工程", "单位", "时期", "数值",
                                                        "计量单位", "修饰",     "表述",     "备注", "源数据行"};

// A name written on many rows, measured once.
struct Label {
  std::string text;
  double units = 0;
};

Label label(std::string text) {
  const double units = column_units(text, body_points);
  return {std::move(text), units};
}

// What repeats from row to row, prepared once per indicator and per unit.
struct IndicatorLabels {
  Label id, name, program, measure;
  lxw_format* number = nullptr;
};

std::string program_name(const model::Campaign& campaign, const model::Indicator& indicator) {
  if (indicator.program.empty()) return "基本情况";
  const model::Program* program = campaign.find_program(indicator.program);
  return program ? program->name : indicator.program;
}

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
    labels.push_back({label(indicator.id), label(indicator.name), label(program_name(campaign, indicator)),
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

void write_heading(SheetWriter& sheet, WorkbookContext& context) {
  const model::Campaign& campaign = context.campaign;
  Formats& formats = context.formats;
  worksheet_set_row(sheet.handle(), title_row, 28, nullptr);
  sheet.across(title_row, 0, column_count - 1, campaign.title + " 明细", formats.get(Style::title));
  sheet.across(subtitle_row, 0, column_count - 1,
               fmt::format("数据截至{}　共{}条记录", date_label(context.as_of), campaign.records.size()),
               formats.get(Style::subtitle));
  for (lxw_col_t col = 0; col < column_count; ++col)
    sheet.text(header_row, col, headers[col], formats.get(Style::header));
}

void write_records(SheetWriter& sheet, WorkbookContext& context) {
  const model::Campaign& campaign = context.campaign;
  const std::vector<IndicatorLabels> indicators = indicator_labels(context);
  const std::vector<Label> units = unit_labels(campaign);
  const Label whole = label(campaign.region.empty() ? std::string("全域") : campaign.region);
  lxw_format* text = context.formats.get(Style::text);
  lxw_format* plain_number = context.formats.number("", 0);
  std::array<std::string, 11> qualifier_words;
  for (std::size_t q = 0; q < qualifier_words.size(); ++q)
    qualifier_words[q] = std::string(model::word_of(static_cast<model::Qualifier>(q)));

  std::size_t longest_value = 0;
  lxw_row_t row = first_data_row;
  for (const model::Record& record : campaign.records) {
    const IndicatorLabels& indicator = indicators[record.indicator];
    const Label& unit = record.has_unit() ? units[record.unit] : whole;
    sheet.text_sized(row, indicator_id, indicator.id.text, text, indicator.id.units);
    sheet.text_sized(row, indicator_name, indicator.name.text, text, indicator.name.units);
    sheet.text_sized(row, program, indicator.program.text, text, indicator.program.units);
    sheet.text_sized(row, detail::unit, unit.text, text, unit.units);
    sheet.text(row, period, period_label(record.period), text);
    const std::string value_text = record.value.value().to_string();
    longest_value = std::max(longest_value, value_text.size() + indicator.measure.text.size());
    sheet.number(row, value, std::strtod(value_text.c_str(), nullptr), indicator.number, {});
    sheet.text_sized(row, measure, indicator.measure.text, text, indicator.measure.units);
    sheet.text(row, qualifier, qualifier_words[static_cast<std::size_t>(record.qualifier)], text);
    sheet.blank(row, wording, text);
    const std::string& note_text = campaign.notes[record.note];
    if (note_text.empty()) sheet.blank(row, note, text);
    else sheet.text(row, note, note_text, context.formats.get(Style::text_wrap));
    sheet.number(row, source_line, record.line, plain_number, "");
    ++row;
  }
  sheet.widen(value, column_units(std::string(longest_value + longest_value / 3, '0'), body_points));
}

}  // namespace

SheetWriter* write_detail_sheet(WorkbookContext& context) {
  SheetWriter* sheet = context.add_sheet(sheet_name);
  if (sheet == nullptr) return nullptr;
  write_heading(*sheet, context);
  write_records(*sheet, context);
  const std::size_t count = context.campaign.records.size();
  const lxw_row_t last_row = first_data_row + static_cast<lxw_row_t>(count == 0 ? 0 : count - 1);
  worksheet_freeze_panes(sheet->handle(), first_data_row, 0);
  sheet->check(worksheet_autofilter(sheet->handle(), header_row, 0, last_row, column_count - 1), header_row, 0);
  sheet->apply_widths(6, 40);
  sheet->check(apply_page_setup(sheet->handle(), {.landscape = true, .repeat_first_row = header_row,
                                                  .repeat_last_row = header_row}),
               header_row, 0);
  return sheet;
}

}  // namespace cr::xlsx
