#pragma once
// A legacy .xls (BIFF) workbook, read with FreeXL. FreeXL gives values only: no merged ranges,
// no hidden rows or columns, no number formats (a percentage comes as 0.85), dates as text.
#include "input/workbook/workbook.hpp"

namespace cr::input::workbook {

std::unique_ptr<Workbook> open_xls(const std::filesystem::path& path, const std::string& file,
                                   diag::Diagnostics& diagnostics);

}  // namespace cr::input::workbook
