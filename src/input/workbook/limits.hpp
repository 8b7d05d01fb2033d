#pragma once
// The bounds a workbook is read within. Workbooks arrive from many offices; a damaged or hostile
// one (a zip bomb, a sheet claiming a million rows it does not hold) must end in a diagnostic,
// never in a crash, a hang or memory past 200 MB. Every figure here is far beyond what a real
// campaign workbook needs: a million records make a sheet of about 150 MB of XML.
#include <cstdint>

namespace cr::input::workbook::limits {

constexpr std::uint64_t mib = 1024 * 1024;

// Inflated size of one worksheet's XML, and of every part of the workbook together.
constexpr std::uint64_t sheet_bytes = 1024 * mib;
constexpr std::uint64_t workbook_bytes = 2048 * mib;
// The shared-strings part is held in memory (its text plus 4 bytes per string).
constexpr std::uint64_t shared_strings_bytes = 96 * mib;
// workbook.xml, styles.xml, relationships: small in every real file.
constexpr std::uint64_t small_part_bytes = 16 * mib;
// Deflate cannot pack more than about 1032:1; spreadsheet XML packs 10:1 to 60:1. Past this ratio
// (once a part has inflated to more than `ratio_floor`), the part is a bomb, not a sheet.
constexpr std::uint64_t compression_ratio = 200;
constexpr std::uint64_t ratio_floor = 16 * mib;
constexpr std::uint64_t entries = 10000;

// Excel's own grid; a reference past it is damage.
constexpr int max_row = 1048576;
constexpr int max_column = 16384;
// Columns read: a campaign table has at most a dozen; cells further right are ignored with a
// warning, so that a row cannot cost 16384 cells.
constexpr int read_columns = 1024;
// Merged ranges followed down their column.
constexpr std::size_t merged_ranges = 100000;
// Cells of a legacy .xls sheet (FreeXL holds them all in memory, about 24 bytes each).
constexpr std::uint64_t xls_cells = 4 * 1024 * 1024;

}  // namespace cr::input::workbook::limits
