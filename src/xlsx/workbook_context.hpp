#pragma once
// What every sheet writer of the workbook shares: the campaign, the open workbook, its formats,
// the names already given, and how the workbook is being written.
#include <list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xlsxwriter.h>

#include "model/campaign.hpp"
#include "model/date.hpp"
#include "stats/statistics.hpp"
#include "wording/number_wording.hpp"
#include "xlsx/formats.hpp"
#include "xlsx/sheet_writer.hpp"

namespace cr::xlsx {

// Where 汇总 put each program's indicator rows, for the charts that plot them.
struct SummaryLayout {
  struct Group {
    std::string title;              // the program's name, or 基本情况
    lxw_row_t first = 0, last = 0;  // its indicator rows, inclusive
  };
  std::string sheet;
  lxw_col_t name_column = 0, value_column = 0;
  std::vector<Group> groups;
  std::map<std::uint32_t, lxw_row_t> rows;  // indicator -> its row
};

// Where 分时段 put its bucket columns and each indicator's row, for the trend chart.
struct PeriodLayout {
  struct Row {
    std::uint32_t indicator = 0;
    lxw_row_t row = 0;
    std::size_t filled = 0;  // buckets with a figure
  };
  std::string sheet;
  lxw_row_t header_row = 0;
  lxw_col_t first_bucket_column = 0, last_bucket_column = 0;  // inclusive; empty when last < first
  std::vector<Row> rows;
};

struct WorkbookContext {
  WorkbookContext(const model::Campaign& c, const stats::Statistics& s, const stats::Statistics& with_base,
                  lxw_workbook* w, bool constant)
      : campaign(c), stats(s), compared(with_base), workbook(w), formats(w), constant_memory(constant) {}

  // The report's own records (model/own_records.hpp): 汇总, 明细, 分单位 and their charts.
  const model::Campaign& campaign;
  const stats::Statistics& stats;
  // The same with last year's records beside them when [compare] previous names a base (else
  // `stats` itself): 分时段 and its trend charts, which set the years side by side.
  const stats::Statistics& compared;
  lxw_workbook* workbook;
  Formats formats;
  bool constant_memory;
  model::Date as_of;  // 数据截至
  SummaryLayout summary;
  PeriodLayout periods;

  // How figures of `indicator` read in this campaign (its wording, [report] group_digits).
  wording::WordingOptions wording(const model::Indicator& indicator) const {
    return {indicator.wording, campaign.report.group_digits, true};
  }
  // Whether `bucket` is last year's, shown only as the base of the comparisons.
  bool is_base(const model::Period& bucket) const {
    return &compared != &stats && bucket.last < campaign.start;
  }
  // The program an indicator belongs to, by name: 基本情况 for the general profile.
  std::string program_name(const model::Indicator& indicator) const;

  // Adds a worksheet under a name Excel accepts (see sheet_name.hpp); nullptr only when
  // libxlsxwriter refuses it all the same, which write_workbook reports.
  SheetWriter* add_sheet(std::string_view wanted);
  // Every sheet added so far, in order (a list: the pointers stay valid).
  const std::list<SheetWriter>& sheets() const { return sheets_; }

  // The first libxlsxwriter error of a workbook step (adding a sheet), as libxlsxwriter gave it.
  void note_error(lxw_error error, std::string place);
  lxw_error error() const { return error_; }
  const std::string& error_place() const { return error_place_; }

 private:
  lxw_error error_ = LXW_NO_ERROR;
  std::string error_place_;
  std::vector<std::string> names_;
  std::list<SheetWriter> sheets_;
};

// "'明细'!" : a sheet reference for formulas and chart ranges, quoted as Excel writes it.
std::string sheet_reference(const std::string& sheet_name);

}  // namespace cr::xlsx
