#pragma once
// Where things are in a fill-in form: the sheets, the column headers, the keys of the hidden
// sheet. The writer puts them there and the reader finds them by these names, not by position,
// so that a title row a township adds above the table does not lose a figure.
#include <array>
#include <string_view>

namespace cr::form {

inline constexpr std::string_view instructions_sheet = "填报说明";
inline constexpr std::string_view form_sheet = "填报表";
// Hidden: the ids and the fingerprint, and the drop-down lists (a validation list written
// inline overflows libxlsxwriter past 255 bytes, so lists are ranges of this sheet).
inline constexpr std::string_view meta_sheet = "表单信息";

// Column headers of the form sheet, in order; the last column is hidden and holds the row id.
enum Column { serial, indicator_name, measure, period, value, qualifier, note, description, row_id_column };
inline constexpr std::array<std::string_view, 9> headers = {
    "序号", "指标名称", "计量单位", "时期", "数值", "修饰", "备注", "指标说明", "行编码"};

// The label of the cell beside the unit the form is filled in for (with a drop-down of units).
inline constexpr std::string_view unit_label = "填报单位";

// Keys in column A of the hidden sheet, values in column B.
inline constexpr std::string_view key_campaign = "活动编码";
inline constexpr std::string_view key_fingerprint = "表单指纹";
inline constexpr std::string_view key_unit = "单位编码";
inline constexpr std::string_view key_unit_name = "单位名称";
inline constexpr std::string_view key_version = "格式版本";
inline constexpr std::string_view format_version = "1";

// The qualifiers a drop-down offers, as records.csv takes them.
inline constexpr std::array<std::string_view, 10> qualifiers = {"余", "多", "以上", "逾", "超过",
                                                               "不少于", "近", "约", "左右", "不到"};

}  // namespace cr::form
