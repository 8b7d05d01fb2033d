#pragma once
// What every sheet writer of the workbook shares: the campaign, the open workbook, its formats,
// the names already given, and how the workbook is being written.
#include <list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xlsxwriter.h>

#include "model/campaign.hpp"
#include "model/date.hpp"
#include "xlsx/formats.hpp"
#include "xlsx/sheet_writer.hpp"

namespace cr::xlsx {

struct WorkbookContext {
  WorkbookContext(const model::Campaign& c, lxw_workbook* w, bool constant) : campaign(c), workbook(w), formats(w), constant_memory(constant) {}

  const model::Campaign& campaign;
  lxw_workbook* workbook;
  Formats formats;
  bool constant_memory;
  model::Date as_of;  // 数据截至

  // Adds a worksheet under a name Excel accepts (see sheet_name.hpp); nullptr only when
  // libxlsxwriter refuses it all the same, which write_workbook reports.
  SheetWriter* add_sheet(std::string_view wanted);
  // Every sheet added so far, in order (a list: the pointers stay valid).
  const std::list<SheetWriter>& sheets() const { return sheets_; }

private:
  std::vector<std::string> names_;
  std::list<SheetWriter> sheets_;
};

// "'明细'!" : a sheet reference for formulas and chart ranges, quoted as Excel writes it.
std::string sheet_reference(const std::string& sheet_name);

}  // namespace cr::xlsx
