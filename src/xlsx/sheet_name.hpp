#pragma once
// Worksheet names that Excel, WPS and libxlsxwriter all accept. A refused name makes
// workbook_add_worksheet return NULL, so every name passes through here first.
#include <string>
#include <string_view>
#include <vector>

namespace cr::xlsx {

// Excel's limit, counted in code points (not bytes): "基本情况" is 4.
inline constexpr std::size_t max_sheet_name_length = 31;

// A name for a new sheet that Excel accepts and that differs from every name in `taken`.
// Predictable, never random: []:*?/\ become their full-width forms (／ for /), apostrophes at
// either end are dropped, an empty result becomes 工作表, a long name keeps its first 31 code
// points, and a clash (compared ignoring ASCII case, as Excel does) gets the suffix (2), (3)...
// with the base shortened so that the whole stays within 31 code points.
std::string fit_sheet_name(std::string_view wanted, const std::vector<std::string>& taken);

}  // namespace cr::xlsx
