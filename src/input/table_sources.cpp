#include "input/table_sources.hpp"

#include <array>

#include <fmt/format.h>

#include "input/header.hpp"
#include "input/safe_path.hpp"

namespace cr::input {
namespace {

struct TableNames {
  std::string_view stem;   // "records": records.csv, records.xlsx, records.xls
  std::string_view sheet;  // "记录": the sheet of data.xlsx (or its English name, the stem)
  std::string_view zh;     // "记录表", for messages
};

constexpr std::array<TableNames, 3> names{{{"indicators", "指标", "指标表"},
                                           {"units", "单位", "单位表"},
                                           {"records", "记录", "记录表"}}};

const TableNames& names_of(Table table) { return names[static_cast<std::size_t>(table)]; }

// The index of the sheet named 记录 or records (any case, spaces ignored), if any.
std::optional<std::size_t> sheet_named(const workbook::Workbook& book, const TableNames& table) {
  const auto& sheets = book.sheet_names();
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string name = normalize_header(sheets[i]);
    if (name == table.sheet || name == table.stem) return i;
  }
  return std::nullopt;
}

std::string listed(const std::vector<std::string>& forms) {
  std::string out;
  for (std::size_t i = 0; i < forms.size(); ++i) out += (i == 0 ? "" : i + 1 == forms.size() ? " 和 " : "、") + forms[i];
  return out;
}

}  // namespace

TableSources::TableSources(std::filesystem::path root, diag::Diagnostics& diagnostics) : root_(std::move(root)) {
  for (const char* file : {"data.xlsx", "data.xls"}) {
    const ResolvedPath resolved = resolve_inside(root_, file);
    if (resolved.status == PathStatus::missing) continue;
    if (!data_file_.empty()) {
      diagnostics.error(file, 0, 0, "duplicate-table",
                        fmt::format("活动目录里同时有 {} 和 {}，只能保留一个", data_file_, file),
                        fmt::format("the campaign folder holds both {} and {}; keep only one", data_file_, file));
      data_unreadable_ = true;
      continue;
    }
    data_file_ = file;
    if (!report_unsafe(resolved, file, diagnostics)) {
      data_unreadable_ = true;
      continue;
    }
    data_ = workbook::open_workbook(resolved.path, file, diagnostics);
    if (!data_) data_unreadable_ = true;
  }
}

std::optional<TableSource> TableSources::open_file(const std::string& file, const std::filesystem::path& path,
                                                   Table table, diag::Diagnostics& diagnostics, bool& unreadable) {
  if (!workbook::is_workbook_name(file)) return csv_source(path, file);
  auto book = workbook::open_workbook(path, file, diagnostics);
  if (!book) {
    unreadable = true;
    return std::nullopt;
  }
  TableSource source;
  source.path = path;
  source.file = file;
  source.sheet_index = sheet_named(*book, names_of(table)).value_or(0);
  source.sheet = book->sheet_names()[source.sheet_index];
  source.book = book.get();
  books_.push_back(std::move(book));
  return source;
}

FoundTable TableSources::find(Table table, bool required, diag::Diagnostics& diagnostics) {
  const TableNames& table_names = names_of(table);
  std::vector<std::string> forms;  // every form the table was found in, for messages
  std::vector<ResolvedPath> files;
  bool unsafe = false;
  for (const char* extension : {".csv", ".xlsx", ".xls"}) {
    const std::string file = std::string(table_names.stem) + extension;
    ResolvedPath resolved = resolve_inside(root_, file);
    if (resolved.status == PathStatus::missing) continue;
    forms.push_back(file);
    if (!report_unsafe(resolved, file, diagnostics)) unsafe = true;
    files.push_back(std::move(resolved));
  }
  std::optional<std::size_t> data_sheet;
  if (data_) data_sheet = sheet_named(*data_, table_names);
  if (data_sheet) forms.push_back(fmt::format("{} 的“{}”工作表", data_file_, data_->sheet_names()[*data_sheet]));

  if (forms.size() > 1) {
    diagnostics.error(forms.front(), 0, 0, "duplicate-table",
                      fmt::format("{}同时存在于 {}，只能保留一种；请删除或改名其余的", table_names.zh, listed(forms)),
                      fmt::format("the {} table is found in {}; keep only one of them", table_names.stem,
                                  listed(forms)));
    return {std::nullopt, TableState::unreadable};
  }
  if (unsafe) return {std::nullopt, TableState::unreadable};
  if (data_sheet) {
    TableSource source;
    source.path = root_ / data_file_;
    source.file = data_file_;
    source.sheet = data_->sheet_names()[*data_sheet];
    source.book = data_.get();
    source.sheet_index = *data_sheet;
    return {std::move(source), TableState::read};
  }
  if (files.size() == 1) {
    bool unreadable = false;
    auto source = open_file(forms.front(), files.front().path, table, diagnostics, unreadable);
    return {std::move(source), unreadable ? TableState::unreadable : TableState::read};
  }
  if (data_unreadable_) return {std::nullopt, TableState::unreadable};  // data.xlsx's own error says why
  if (required) {
    const std::string csv = std::string(table_names.stem) + ".csv";
    diagnostics.error(
        csv, 0, 0, "missing-file",
        fmt::format("缺少必需的文件 {}（也可以是 {}.xlsx，或 data.xlsx 中名为“{}”的工作表）", csv, table_names.stem,
                    table_names.sheet),
        fmt::format("the required file {} is missing (it may also be {}.xlsx, or a sheet named '{}' in data.xlsx)",
                    csv, table_names.stem, table_names.stem));
    return {std::nullopt, TableState::unreadable};
  }
  return {std::nullopt, TableState::absent};
}

}  // namespace cr::input
