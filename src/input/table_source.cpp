#include "input/table_source.hpp"

#include <fmt/format.h>

namespace cr::input {
namespace {

std::string letters(int column) {
  const std::string cell = diag::cell_name(1, column);
  return cell.substr(0, cell.size() - 1);
}

}  // namespace

// A table's own file (records.csv, records.xlsx) names it; a sheet of data.xlsx is named with it.
std::string TableSource::name_zh() const {
  if (sheet.empty() || !file.starts_with("data.")) return file;
  return fmt::format("{} 的“{}”工作表", file, sheet);
}

std::string TableSource::name_en() const {
  if (sheet.empty() || !file.starts_with("data.")) return file;
  return fmt::format("the sheet '{}' of {}", sheet, file);
}

std::string TableSource::column_zh(int column) const {
  return is_sheet() ? letters(column) + "列" : fmt::format("第{}列", column);
}

std::string TableSource::column_en(int column) const {
  return is_sheet() ? "column " + letters(column) : fmt::format("column {}", column);
}

diag::Diagnostic TableSource::diagnostic(int line, int column, diag::Severity severity, std::string code,
                                         std::string zh, std::string en) const {
  return {file, line, column, severity, std::move(code), std::move(zh), std::move(en), sheet};
}

void TableSource::error(diag::Diagnostics& diagnostics, int line, int column, std::string code, std::string zh,
                        std::string en) const {
  diagnostics.add(diagnostic(line, column, diag::Severity::error, std::move(code), std::move(zh), std::move(en)));
}

void TableSource::warning(diag::Diagnostics& diagnostics, int line, int column, std::string code, std::string zh,
                          std::string en) const {
  diagnostics.add(diagnostic(line, column, diag::Severity::warning, std::move(code), std::move(zh), std::move(en)));
}

TableSource csv_source(std::filesystem::path path, std::string file) {
  TableSource source;
  source.path = std::move(path);
  source.file = std::move(file);
  return source;
}

}  // namespace cr::input
