#pragma once
// One worksheet part of an .xlsx, streamed row by row: the first pass finds its merged ranges,
// the second reads <sheetData> with expat and hands each row on as soon as it is complete, so a
// sheet of a million rows never sits in memory.
#include <string>

#include "diag/diagnostic.hpp"
#include "input/workbook/shared_strings.hpp"
#include "input/workbook/workbook.hpp"
#include "input/workbook/xlsx_parts.hpp"
#include "input/workbook/zip_package.hpp"

namespace cr::input::workbook {

struct SheetContext {
  const ZipPackage& package;
  const SharedStrings& strings;
  const StylesPart& styles;
  bool date1904 = false;
  std::string part;   // "xl/worksheets/sheet1.xml"
  std::string sheet;  // its name, for diagnostics
};

bool read_xlsx_sheet(const SheetContext& context, diag::Diagnostics& diagnostics, const RowSink& sink);

}  // namespace cr::input::workbook
