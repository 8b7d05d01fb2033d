#include "input/manifest_table.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "input/output_text.hpp"
#include "text/utf8.hpp"

namespace cr::input {
namespace {

constexpr const char* file_name = "campaign.toml";

std::string_view type_zh(std::string_view expected) {
  if (expected == "string") return "带引号的文字，如 \"某某县\"";
  if (expected == "date") return "不带引号的日期，如 2014-10-01";
  if (expected == "integer") return "整数，如 2015";
  if (expected == "boolean") return "true 或 false";
  if (expected == "table") return "表（[名称] 开头的一节）";
  if (expected == "array of tables") return "表数组（每项以 [[名称]] 开头）";
  return "文字，或文字的数组，如 [\"秦华\", \"黄瑾\"]";
}

std::string_view actual_zh(toml::node_type type) {
  switch (type) {
    case toml::node_type::string:
      return "文字";
    case toml::node_type::integer:
      return "整数";
    case toml::node_type::floating_point:
      return "小数";
    case toml::node_type::boolean:
      return "布尔值";
    case toml::node_type::date:
      return "日期";
    case toml::node_type::time:
      return "时刻";
    case toml::node_type::date_time:
      return "日期时间";
    case toml::node_type::array:
      return "数组";
    case toml::node_type::table:
      return "表";
    default:
      return "未知类型";
  }
}

std::string_view actual_en(toml::node_type type) {
  switch (type) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a floating-point number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    default:
      return "an unknown type";
  }
}

}  // namespace

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }
int column_of(const toml::node& node) { return static_cast<int>(node.source().begin.column); }

void report_wrong_type(const toml::node& node, std::string_view key, std::string_view expected,
                       diag::Diagnostics& diagnostics) {
  diagnostics.error(
      file_name, line_of(node), column_of(node), "wrong-type",
      fmt::format("{} 的值应为{}，这里却是{}", key, type_zh(expected), actual_zh(node.type())),
      fmt::format("{} must be {}, not {}", key,
                  expected == "array of tables" ? "an array of tables" : expected, actual_en(node.type())));
}

std::string TableReader::where(std::string_view key) const {
  return name_.empty() ? std::string(key) : fmt::format("[{}] 的 {}", name_, key);
}

const toml::node* TableReader::find(std::string_view key, bool required) {
  const toml::node* node = table_.get(key);
  if (node == nullptr && required) {  // file-level: the key has no place
    diagnostics_.error(file_name, 0, 0, "missing-key", fmt::format("缺少必需的键 {}", where(key)),
                       fmt::format("the required key {} is missing{}", key,
                                   name_.empty() ? std::string() : fmt::format(" in [{}]", name_)));
  }
  return node;
}

std::optional<std::string> TableReader::string(std::string_view key, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return std::nullopt;
  if (const auto* s = node->as_string()) {
    const std::string value(text::trim(s->get()));
    if (!output_text(*node, key, value)) return std::nullopt;
    if (value.empty() && required) {
      invalid(key, fmt::format("{} 不能为空", where(key)), fmt::format("{} must not be empty", key));
      return std::nullopt;
    }
    return value;
  }
  report_wrong_type(*node, where(key), "string", diagnostics_);
  return std::nullopt;
}

std::optional<model::Date> TableReader::date(std::string_view key, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return std::nullopt;
  if (const auto* d = node->as_date()) {
    const toml::date v = d->get();
    if (model::Date::year_in_range(v.year)) return model::Date{v.year, v.month, v.day};
    diagnostics_.error(file_name, line_of(*node), column_of(*node), "date-out-of-range",
                       fmt::format("{} 的年份 {} 超出了 {} 年至 {} 年的范围（年份写错了？）", where(key), v.year,
                                   model::Date::earliest_year, model::Date::latest_year),
                       fmt::format("the year {} of {} lies outside the years {} to {} (a wrong year?)", v.year,
                                   where(key), model::Date::earliest_year, model::Date::latest_year));
    return std::nullopt;
  }
  report_wrong_type(*node, where(key), "date", diagnostics_);
  return std::nullopt;
}

std::optional<std::int64_t> TableReader::integer(std::string_view key, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return std::nullopt;
  if (const auto* i = node->as_integer()) return i->get();
  report_wrong_type(*node, where(key), "integer", diagnostics_);
  return std::nullopt;
}

std::optional<bool> TableReader::boolean(std::string_view key, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return std::nullopt;
  if (const auto* b = node->as_boolean()) return b->get();
  report_wrong_type(*node, where(key), "boolean", diagnostics_);
  return std::nullopt;
}

std::optional<std::vector<std::string>> TableReader::string_list(std::string_view key, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return std::nullopt;
  if (const auto* s = node->as_string()) {
    std::string value(text::trim(s->get()));
    if (!output_text(*node, key, value)) return std::nullopt;
    return std::vector<std::string>{std::move(value)};
  }
  if (const auto* a = node->as_array()) {
    std::vector<std::string> out;
    for (const toml::node& item : *a) {
      if (const auto* s = item.as_string()) {
        out.emplace_back(text::trim(s->get()));
        if (!output_text(item, key, out.back())) return std::nullopt;
      } else {
        report_wrong_type(item, where(key), "string", diagnostics_);
        return std::nullopt;
      }
    }
    return out;
  }
  report_wrong_type(*node, where(key), "string or array of strings", diagnostics_);
  return std::nullopt;
}

model::SourcePosition TableReader::position(std::string_view key) const {
  const toml::node* node = table_.get(key);
  return {file_name, node ? line_of(*node) : 0, node ? column_of(*node) : 0};
}

bool TableReader::output_text(const toml::node& node, std::string_view key, std::string_view value) {
  const auto problem = output_text_problem(value);
  if (!problem) return true;
  diagnostics_.error(file_name, line_of(node), column_of(node), "bad-text",
                     fmt::format("{}：{}", where(key), problem->zh), fmt::format("{}: {}", where(key), problem->en));
  return false;
}

void TableReader::invalid(std::string_view key, std::string_view zh, std::string_view en) {
  const toml::node* node = table_.get(key);
  diagnostics_.error(file_name, node ? line_of(*node) : 0, node ? column_of(*node) : 0, "bad-value",
                     std::string(zh), std::string(en));
}

void TableReader::warn_unknown(std::initializer_list<std::string_view> known) {
  for (const auto& [key, node] : table_) {
    if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
    const int line = static_cast<int>(key.source().begin.line),
              column = static_cast<int>(key.source().begin.column);
    diagnostics_.warning(file_name, line, column, "unknown-key",
                         fmt::format("未知的键 {}，将被忽略（拼写错误？）", where(key.str())),
                         fmt::format("unknown key {}{} is ignored (misspelt?)", key.str(),
                                     name_.empty() ? std::string() : fmt::format(" in [{}]", name_)));
  }
}

}  // namespace cr::input
