#include "xlsx/workbook_writer.hpp"

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "model/own_records.hpp"
#include "output/document_date.hpp"
#include "xlsx/properties.hpp"
#include "xlsx/sheets.hpp"
#include "xlsx/workbook_context.hpp"

namespace cr::xlsx {
namespace {

void report_failure(diag::Diagnostics& diagnostics, const std::string& file, const std::string& place,
                    lxw_error error) {
  const std::string where = place.empty() ? std::string{} : fmt::format("（{}）", place);
  const std::string where_en = place.empty() ? std::string{} : fmt::format(" ({})", place);
  diagnostics.error(file, 0, 0, "xlsx-write-failed",
                    fmt::format("统计工作簿 {} 写入失败{}：{}", file, where, lxw_strerror(error)),
                    fmt::format("the statistics workbook {} could not be written{}: {}", file, where_en,
                                lxw_strerror(error)));
}

using SheetStep = bool (*)(WorkbookContext&);

// Writes the sheets in order; false with a diagnostic at the first sheet that fails.
bool write_sheets(WorkbookContext& context, const std::string& file, diag::Diagnostics& diagnostics) {
  const std::vector<SheetStep> steps{write_cover_sheet, write_summary_sheet, write_detail_sheet,
                                     write_unit_sheet,  write_period_sheet,  write_chart_sheet};
  for (SheetStep step : steps) {
    if (!step(context)) {
      // A step stops only where libxlsxwriter refused something, noted with its own code.
      report_failure(diagnostics, file, context.error_place(), context.error());
      return false;
    }
    for (const SheetWriter& sheet : context.sheets())
      if (sheet.error() != LXW_NO_ERROR) {
        report_failure(diagnostics, file, sheet.error_place(), sheet.error());
        return false;
      }
  }
  return true;
}

// More records than 明细 holds: a diagnostic, and nothing written.
bool too_many_records(const model::Campaign& campaign, const std::string& file, diag::Diagnostics& diagnostics) {
  if (campaign.records.size() <= max_detail_records) return false;
  diagnostics.error(
      "records.csv", 0, 0, "xlsx-too-many-records",
      fmt::format("记录共 {} 条，超过 Excel 工作表的行数上限（「明细」最多 {} 条），未写出统计工作簿 {}；"
                  "请按单位分批生成",
                  campaign.records.size(), max_detail_records, file),
      fmt::format("{} records exceed what an Excel sheet holds (明细 takes at most {}); the "
                  "workbook {} was not written: build it unit by unit",
                  campaign.records.size(), max_detail_records, file));
  return true;
}

}  // namespace

bool write_workbook(const model::Campaign& all_records, const std::string& path,
                    const WorkbookSettings& settings, diag::Diagnostics& diagnostics) {
  // Messages name the output as the user knows it, never the descriptor path written through.
  const std::string file = settings.shown_name.empty() ? path : settings.shown_name;
  // Last year's records, when [compare] previous added them, are only the comparisons' base.
  std::optional<model::Campaign> own;
  if (model::has_previous_records(all_records)) own = model::own_records(all_records);
  const model::Campaign& campaign = own ? *own : all_records;
  if (too_many_records(campaign, file, diagnostics)) return false;
  const bool constant_memory = campaign.records.size() > settings.constant_memory_threshold;
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  options.tmpdir =
      settings.temporary_folder.empty() ? nullptr : const_cast<char*>(settings.temporary_folder.c_str());
  options.use_zip64 = LXW_TRUE;  // a million-record 明细 exceeds 4 GB of XML before compression
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (workbook == nullptr) {
    report_failure(diagnostics, file, "", LXW_ERROR_MEMORY_MALLOC_FAILED);
    return false;
  }
  const stats::Statistics statistics(campaign);
  std::optional<stats::Statistics> with_base;
  if (own) with_base.emplace(all_records);
  WorkbookContext context(campaign, statistics, with_base ? *with_base : statistics, workbook, constant_memory);
  context.as_of = output::data_as_of(campaign);
  DocumentProperties properties;
  fill_document_properties(properties, campaign, settings.source_date_epoch);
  lxw_error error = workbook_set_properties(workbook, &properties.fields);
  const bool sheets_written = error == LXW_NO_ERROR && write_sheets(context, file, diagnostics);
  // workbook_close also frees the workbook, so it runs whatever happened above.
  const lxw_error close_error = workbook_close(workbook);
  if (error != LXW_NO_ERROR || (sheets_written && close_error != LXW_NO_ERROR)) {
    report_failure(diagnostics, file, "", error != LXW_NO_ERROR ? error : close_error);
    return false;
  }
  return sheets_written;
}

}  // namespace cr::xlsx
