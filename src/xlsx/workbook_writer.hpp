#pragma once
// The statistics workbook: 封面, 汇总, 明细, 分单位, 分时段 and 图表, print-ready on A4.
//
// Scale: above `constant_memory_threshold` records the workbook is written in libxlsxwriter's
// constant-memory mode, which in 1.1.4 holds for the whole workbook. Every sheet is therefore
// always written row by row, top to bottom, whatever the mode. What the mode changes:
// - strings are stored inline, not shared (a larger file, the same values);
// - charts carry no cached data: Excel, WPS and LibreOffice compute them when the file opens,
//   viewers that never calculate show empty charts;
// - memory stays flat (a few MB for the sheets) however many records 明细 holds.
// The cover sheet says which mode a workbook was written in.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::xlsx {

// Normal mode holds about 1 KB per cell row in memory; 20,000 records stay near 20 MB.
inline constexpr std::size_t default_constant_memory_threshold = 20000;

// Excel's 1,048,576 rows less 明细's title, subtitle and header rows.
inline constexpr std::size_t max_detail_records = 1048576 - 3;

struct WorkbookSettings {
  // More records than this: constant-memory mode (see above).
  std::size_t constant_memory_threshold = default_constant_memory_threshold;
  // Seconds since 1970-01-01 UTC for the workbook's created date (SOURCE_DATE_EPOCH);
  // nullopt: midnight of 数据截至. Never the wall clock.
  std::optional<std::int64_t> source_date_epoch;
  // Folder for libxlsxwriter's temporary files in constant-memory mode; empty: the system's.
  std::string temporary_folder;
  // The output's name in messages (OUTDIR/x.xlsx) when `file` is a temporary's path.
  std::string shown_name;
};

// Writes the statistics workbook of `campaign` to `file`, a name libxlsxwriter can create
// (callers pass output::AtomicFile::library_path() so that only a finished file gets the final
// name). Returns false, with an "xlsx-write-failed" diagnostic saying where and why, when the
// workbook could not be written; the file's content is then to be discarded. More records than
// max_detail_records is "xlsx-too-many-records", before anything is written.
// Last year's records ([compare] previous, model::Origin::previous) appear only where the years
// are compared, in 分时段 (labelled 上年) and its trend charts; 封面, 汇总, 明细, 分单位 and the
// other charts take the campaign's own records.
bool write_workbook(const model::Campaign& campaign, const std::string& file,
                    const WorkbookSettings& settings, diag::Diagnostics& diagnostics);

}  // namespace cr::xlsx
