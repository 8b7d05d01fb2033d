#include "input/table_reader.hpp"

#include <fmt/format.h>

#include "input/output_text.hpp"
#include "text/utf8.hpp"

namespace cr::input {
namespace {

bool blank(const CsvRecord& record) {
  for (const auto& field : record.fields)
    if (!text::trim(field).empty()) return false;
  return true;
}

// Title rows above a sheet's header are looked through up to here.
constexpr int title_rows = 10;

// The first non-empty cell past the header's width, 1-based; 0 when none.
int first_extra_cell(const CsvRecord& record, std::size_t width) {
  for (std::size_t i = width; i < record.fields.size(); ++i)
    if (!text::trim(record.fields[i]).empty()) return static_cast<int>(i) + 1;
  return 0;
}

// An Excel cell holds 32,767 characters; a longer one is refused here, at its place, rather than
// by the workbook writer after validate said yes. Returns whether every cell fits.
bool cells_fit(const CsvRecord& record, const TableSource& source, diag::Diagnostics& diagnostics) {
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    if (record.fields[i].size() <= excel_cell_characters) continue;  // bytes bound characters
    if (auto problem = output_text_problem(record.fields[i])) {
      diagnostics.add(source.diagnostic(
          record.line, static_cast<int>(i) + 1, diag::Severity::error, "text-too-long",
          fmt::format("第{}列：{}（Excel 单元格最多容纳 {} 个字符）", i + 1, problem->zh, excel_cell_characters),
          fmt::format("column {}: {} (an Excel cell holds {} characters at most)", i + 1, problem->en,
                      excel_cell_characters)));
      return false;
    }
  }
  return true;
}

}  // namespace

std::string_view Row::cell(std::size_t spec) const {
  const int field = header_.field_of[spec];
  if (field < 0 || field >= static_cast<int>(record_.fields.size())) return {};
  return text::trim(record_.fields[field]);
}

std::string Row::where_zh(std::size_t spec) const {
  return fmt::format("{}「{}」", source_.column_zh(column(spec)), title(spec));
}
std::string Row::where_en(std::size_t spec) const {
  return fmt::format("{} '{}'", source_.column_en(column(spec)), title(spec));
}

std::optional<std::string_view> required_cell(const Row& row, std::size_t spec, const TableSource& source,
                                              diag::Diagnostics& diagnostics) {
  if (!row.has(spec)) return std::nullopt;
  const std::string_view value = row.cell(spec);
  if (!value.empty()) return value;
  source.error(diagnostics, row.line(), row.column(spec), "empty-cell",
                    fmt::format("{}不能为空", row.where_zh(spec)),
                    fmt::format("{} must not be empty", row.where_en(spec)));
  return std::nullopt;
}

namespace {

// The rows of `source` as records, whichever its form; false when it could not be read to its end.
bool read_rows(const TableSource& source, diag::Diagnostics& diagnostics, const CsvSink& sink) {
  if (!source.is_sheet()) return read_csv(source.path, source.file, diagnostics, sink);
  CsvRecord record;
  return source.book->read_sheet(source.sheet_index, diagnostics, [&](workbook::SheetRow& row) {
    record.line = row.number;
    record.fields.swap(row.cells);  // taken, not copied: a sheet may hold a million rows
    return sink(record);
  });
}

}  // namespace

TableOutcome read_table(const TableSource& source, const std::vector<ColumnSpec>& specs,
                        diag::Diagnostics& diagnostics, const std::function<void(const Row&)>& on_row) {
  TableOutcome outcome;
  HeaderMap header;
  std::size_t extra_rows = 0;
  int first_extra_line = 0, first_extra_column = 0;
  int rows_before_header = 0;
  std::optional<CsvRecord> first_row;  // a sheet's first row, the header when no row names a column
  auto take_header = [&](const CsvRecord& record) {
    header = match_header(specs, record.fields, source, record.line, diagnostics);
    outcome.has_header = true;
    outcome.required_columns = true;
    for (std::size_t i = 0; i < specs.size(); ++i)
      if (specs[i].required && !header.has(i)) outcome.required_columns = false;
  };
  outcome.complete = read_rows(source, diagnostics, [&](const CsvRecord& record) {
    if (blank(record)) return true;
    if (!cells_fit(record, source, diagnostics)) return true;
    if (!outcome.has_header) {
      if (source.is_sheet() && !names_required_column(specs, record.fields)) {
        if (!first_row) first_row = record;
        if (++rows_before_header < title_rows) return true;
        take_header(*first_row);  // no header found: the first row is one, with its missing columns
        return false;
      }
      take_header(record);
      return true;
    }
    if (const int extra = first_extra_cell(record, header.titles.size()); extra > 0 && extra_rows++ == 0)
      first_extra_line = record.line, first_extra_column = extra;
    ++outcome.data_rows;
    on_row(Row(record, header, source));
    return true;
  });
  if (!outcome.has_header && first_row) take_header(*first_row);
  if (extra_rows > 0) {
    const std::string more_zh = extra_rows > 1 ? fmt::format("（以及另外 {} 行）", extra_rows - 1) : "";
    const std::string more_en = extra_rows > 1 ? fmt::format(" (and {} more rows)", extra_rows - 1) : "";
    source.warning(
        diagnostics, first_extra_line, first_extra_column, "extra-cells",
        fmt::format("{}超出了表头的列数，该单元格将被忽略{}", source.column_zh(first_extra_column), more_zh),
        fmt::format("{} lies beyond the header's columns and is ignored{}", source.column_en(first_extra_column),
                    more_en));
  }
  return outcome;
}

}  // namespace cr::input
