#pragma once
// The workbook's cell formats, each made once: libxlsxwriter keeps every format it is given
// until the workbook closes, so a million cells must share a handful of them.
#include <cstdint>
#include <map>
#include <string>
#include <tuple>

#include <xlsxwriter.h>

#include "model/quantity.hpp"

namespace cr::xlsx {

enum class Style {
  title,        // sheet title: 16 pt bold, centred across the table's columns
  title_block,  // the same, merged over columns of known width and wrapped (封面, 图表)
  subtitle,     // the line under a title: centred across, grey
  header,       // column headers: bold, shaded, bordered, wrapped
  text,         // a bordered table cell; it wraps where SheetWriter breaks its text
  text_wrap,    // a bordered table cell whose text wraps (notes, wording)
  text_center,  // a bordered, centred short text (a unit, a qualifier) beside a number
  group,        // a group header row inside a table (a program in 汇总): bold, shaded
  label,        // 封面 key column: bold, no border
  plain,        // 封面 value column: wrapped, no border
};

// Base text sizes, also used to measure column widths.
inline constexpr double body_points = 11;
inline constexpr double title_points = 16;

// The face of every format: what Chinese Office and WPS use by default, so that Chinese text
// never falls back to whatever face the viewer picks for a Latin one. Charset 134 is GB2312.
inline constexpr const char* font_name = "等线";
inline constexpr std::uint8_t font_charset = 134;

class Formats {
 public:
  // Also gives the workbook's default format (the Normal style, empty cells) the same face.
  explicit Formats(lxw_workbook* workbook);
  Formats(const Formats&) = delete;
  Formats& operator=(const Formats&) = delete;

  // A text format of the given role.
  lxw_format* get(Style style);
  // A bordered number cell showing its unit: #,##0" 人次", #,##0.0" 万元", 0.0"%".
  // `decimals` is how many fractional digits the values need (0..6); `bold` for group totals.
  lxw_format* number(const std::string& unit, int decimals, bool bold = false);
  // The same with the figure's qualifier inside the format, for tables without a qualifier
  // column: "120.5多 万元", "约2,000 人". The cell stays a number.
  lxw_format* number(const std::string& unit, int decimals, model::Qualifier qualifier);
  // A bordered percentage-points or growth cell: 0.0"%" and 0.0" 个百分点".
  lxw_format* change(const std::string& suffix);

 private:
  lxw_format* create();  // a new format in the workbook's face and body size
  lxw_format* bordered();
  lxw_format* number_with(const std::string& unit, int decimals, bool bold, model::Qualifier qualifier);
  lxw_workbook* workbook_;
  std::map<Style, lxw_format*> styles_;
  std::map<std::tuple<std::string, int, bool, model::Qualifier>, lxw_format*> numbers_;
  std::map<std::string, lxw_format*> changes_;
};

// The number format code of `unit` with `decimals` fractional digits, grouped by thousands
// (years are never values, so grouping is always right here): #,##0.00" 万元". Exposed for tests.
std::string number_format_code(const std::string& unit, int decimals,
                               model::Qualifier qualifier = model::Qualifier::exact);

}  // namespace cr::xlsx
