// The .xlsx reader: the zip package (libzip) with its entry-name, size and ratio guards, the XML
// parts (expat), the workbook's sheets, shared strings, styles and number formats, merged ranges,
// cells as text; then the table reader over the first sheet, as records.xlsx is read.
#include <cstddef>
#include <cstdint>

#include "input/table_reader.hpp"
#include "input/table_source.hpp"
#include "input/workbook/xlsx_workbook.hpp"
#include "memory_file.hpp"
#include "record_columns.hpp"

namespace {

// Every cell of every sheet, as read.
std::size_t read_every_sheet(cr::input::workbook::Workbook& book, cr::diag::Diagnostics& diagnostics) {
  std::size_t cells = 0;
  for (std::size_t i = 0; i < book.sheet_names().size(); ++i)
    book.read_sheet(i, diagnostics, [&](cr::input::workbook::SheetRow& row) {
      for (const auto& cell : row.cells) cells += cell.size() + 1;
      return true;
    });
  return cells;
}

// The first sheet as the records table.
std::size_t read_records(const std::string& path, cr::input::workbook::Workbook& book,
                         cr::diag::Diagnostics& diagnostics) {
  if (book.sheet_names().empty()) return 0;
  cr::input::TableSource source;
  source.path = path;
  source.file = "records.xlsx";
  source.sheet = book.sheet_names().front();
  source.book = &book;
  const auto specs = cr::fuzz::record_columns();
  std::size_t cells = 0;
  cr::input::read_table(source, specs, diagnostics, [&](const cr::input::Row& row) {
    for (std::size_t i = 0; i < specs.size(); ++i) cells += row.cell(i).size();
  });
  return cells;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cr::fuzz::MemoryFile file(data, size);
  if (!file.ok()) return 0;
  cr::diag::Diagnostics diagnostics;
  std::size_t seen = 0;
  if (auto book = cr::input::workbook::open_xlsx(file.path(), "records.xlsx", diagnostics)) {
    seen += read_every_sheet(*book, diagnostics);
    seen += read_records(file.path(), *book, diagnostics);
  }
  for (const auto& d : diagnostics.sorted()) seen += cr::diag::format_human(d, cr::diag::Language::zh).size();
  return seen == static_cast<std::size_t>(-1);
}
