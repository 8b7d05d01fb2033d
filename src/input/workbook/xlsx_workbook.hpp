#pragma once
// An .xlsx (Office Open XML) workbook: a zip of XML parts, read with libzip and expat.
#include "input/workbook/workbook.hpp"

namespace cr::input::workbook {

std::unique_ptr<Workbook> open_xlsx(const std::filesystem::path& path, const std::string& file,
                                    diag::Diagnostics& diagnostics);

}  // namespace cr::input::workbook
