// The CSV reader with its encoding detection (UTF-8, GB18030, UTF-16 with and without a BOM), and
// the table reader over it, as records.csv is read.
#include <cstddef>
#include <cstdint>

#include "input/table_reader.hpp"
#include "input/table_source.hpp"
#include "memory_file.hpp"
#include "record_columns.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cr::fuzz::MemoryFile file(data, size);
  if (!file.ok()) return 0;
  cr::diag::Diagnostics diagnostics;
  const auto specs = cr::fuzz::record_columns();
  std::size_t cells = 0;
  cr::input::read_table(cr::input::csv_source(file.path(), "records.csv"), specs, diagnostics, [&](const cr::input::Row& row) {
    for (std::size_t i = 0; i < specs.size(); ++i) cells += row.cell(i).size();
  });
  for (const auto& d : diagnostics.sorted()) cells += cr::diag::format_human(d, cr::diag::Language::zh).size();
  return cells == static_cast<std::size_t>(-1);
}
