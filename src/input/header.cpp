#include "input/header.hpp"

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace cr::input {
namespace {

std::string_view strip_bom(std::string_view text) {
  return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

int find_spec(const std::vector<ColumnSpec>& specs, const std::string& normalized) {
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (normalize_header(specs[i].key) == normalized) return static_cast<int>(i);
    for (auto alias : specs[i].aliases)
      if (normalize_header(alias) == normalized) return static_cast<int>(i);
  }
  return -1;
}

std::string known_names(const std::vector<ColumnSpec>& specs) {
  std::string out;
  for (const auto& spec : specs) {
    if (!out.empty()) out += "、";
    out += fmt::format("{}（{}）", spec.aliases.empty() ? spec.key : spec.aliases.front(), spec.key);
  }
  return out;
}

}  // namespace

std::string HeaderMap::title(int field) const {
  if (field >= 0 && field < static_cast<int>(titles.size())) return titles[field];
  return {};
}

std::string normalize_header(std::string_view text) {
  std::string folded = text::fold_width(strip_bom(text));
  std::string out;
  for (char c : folded) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '_') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

bool names_required_column(const std::vector<ColumnSpec>& specs, const std::vector<std::string>& cells) {
  for (const auto& cell : cells) {
    if (cell.empty()) continue;
    const int spec = find_spec(specs, normalize_header(cell));
    if (spec >= 0 && specs[spec].required) return true;
  }
  return false;
}

HeaderMap match_header(const std::vector<ColumnSpec>& specs, const std::vector<std::string>& header,
                       const std::string& file, int line, diag::Diagnostics& diagnostics) {
  return match_header(specs, header, csv_source({}, file), line, diagnostics);
}

HeaderMap match_header(const std::vector<ColumnSpec>& specs, const std::vector<std::string>& header,
                       const TableSource& source, int line, diag::Diagnostics& diagnostics) {
  HeaderMap map;
  map.field_of.assign(specs.size(), HeaderMap::absent);
  for (const auto& title : header) map.titles.emplace_back(text::trim(strip_bom(title)));
  for (std::size_t field = 0; field < header.size(); ++field) {
    const std::string& title = map.titles[field];
    const int column = static_cast<int>(field) + 1;
    if (title.empty()) continue;  // Excel leaves trailing empty header cells
    const int spec = find_spec(specs, normalize_header(title));
    if (spec < 0) {
      source.warning(diagnostics, line, column, "unknown-column",
                     fmt::format("{}「{}」不是已知的列名，将被忽略；已知列名：{}", source.column_zh(column), title,
                                 known_names(specs)),
                     fmt::format("{} '{}' is not a known column and is ignored", source.column_en(column), title));
    } else if (map.field_of[spec] != HeaderMap::absent) {
      source.error(diagnostics, line, column, "duplicate-column",
                   fmt::format("{}「{}」与{}「{}」是同一列，只能出现一次", source.column_zh(column), title,
                               source.column_zh(map.field_of[spec] + 1), map.titles[map.field_of[spec]]),
                   fmt::format("{} '{}' repeats {} '{}'", source.column_en(column), title,
                               source.column_en(map.field_of[spec] + 1), map.titles[map.field_of[spec]]));
    } else {
      map.field_of[spec] = static_cast<int>(field);
    }
  }
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (!specs[i].required || map.has(i)) continue;
    const std::string_view zh = specs[i].aliases.empty() ? specs[i].key : specs[i].aliases.front();
    source.error(diagnostics, line, 0, "missing-column",
                      fmt::format("缺少必需的列「{}」（英文列名 {}）", zh, specs[i].key),
                      fmt::format("the required column '{}' ({}) is missing", specs[i].key, zh));
  }
  return map;
}

}  // namespace cr::input
