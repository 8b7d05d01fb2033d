#include "xlsx/workbook_context.hpp"

#include "xlsx/sheet_name.hpp"

namespace cr::xlsx {

SheetWriter* WorkbookContext::add_sheet(std::string_view wanted) {
  std::string name = fit_sheet_name(wanted, names_);
  if (workbook_validate_sheet_name(workbook, name.c_str()) != LXW_NO_ERROR) return nullptr;
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
  if (sheet == nullptr) return nullptr;
  names_.push_back(name);
  return &sheets_.emplace_back(sheet, std::move(name));
}

std::string WorkbookContext::program_name(const model::Indicator& indicator) const {
  const model::Program* program = campaign.find_program(indicator.program);
  return program ? program->name : "基本情况";
}

std::string sheet_reference(const std::string& sheet_name) {
  std::string quoted = "'";
  for (char c : sheet_name) {
    quoted += c;
    if (c == '\'') quoted += '\'';  // an apostrophe inside doubles
  }
  return quoted + "'!";
}

}  // namespace cr::xlsx
