#pragma once
// A cell's stored value turned into the text a CSV export of it would hold, by its number format:
// what the tables' own parsers read, the same for a workbook and for a CSV file.
#include <string>
#include <string_view>

namespace cr::input::workbook {

// How a number format shows a number; only what changes a campaign value is told apart.
enum class NumberKind : unsigned char {
  plain,    // General, 0.00, #,##0: the number itself
  percent,  // 0%, 0.0%: 0.85 shows as 85%
  day,      // yyyy-mm-dd, 2015年3月1日: a date
  slash_day,// yyyy/m/d (Excel's default date format in China): a date written with slashes
  month,    // yyyy年m月, mmm-yy: a year and a month only
  time,     // h:mm: a time of day, read as the number it is
};

// The kind of built-in format `id` (ECMA-376 18.8.30, with the Chinese locale's 27-58).
NumberKind builtin_kind(int id);
// The kind of a custom format code, e.g. "yyyy\"年\"m\"月\"" or "0.0%".
NumberKind format_kind(std::string_view code);

// The stored number `raw` ("1234.5", "1.2E-3") as Excel shows it: at most 15 significant
// digits, no exponent, no trailing zeros. Empty when `raw` is not a number.
std::string number_text(std::string_view raw);

// The text of number `raw` under a format of `kind`; `date1904` for workbooks counting from
// 1904 (old Mac Excel). A date outside 1900-9999 stays a number.
std::string cell_text(std::string_view raw, NumberKind kind, bool date1904);

// OOXML escapes characters XML cannot hold as _xHHHH_ ("_x000D_" for a carriage return).
std::string unescape_ooxml(std::string_view text);

}  // namespace cr::input::workbook
