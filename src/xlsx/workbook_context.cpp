#include "xlsx/workbook_context.hpp"

#include "xlsx/allocated.hpp"
#include "xlsx/sheet_name.hpp"

namespace cr::xlsx {

SheetWriter* WorkbookContext::add_sheet(std::string_view wanted) {
  std::string name = fit_sheet_name(wanted, names_);
  if (const lxw_error error = workbook_validate_sheet_name(workbook, name.c_str()); error != LXW_NO_ERROR) {
    note_error(error, "添加工作表「" + name + "」");
    return nullptr;
  }
  lxw_worksheet* sheet = allocated(workbook_add_worksheet(workbook, name.c_str()));
  names_.push_back(name);
  return &sheets_.emplace_back(sheet, std::move(name));
}

void WorkbookContext::note_error(lxw_error error, std::string place) {
  if (error_ != LXW_NO_ERROR) return;
  error_ = error;
  error_place_ = std::move(place);
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
