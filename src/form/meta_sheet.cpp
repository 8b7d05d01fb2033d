// The hidden sheet 表单信息: what ties a returned form to its campaign and unit (column A keys,
// column B values), and the drop-down lists of the form sheet (D: qualifiers, E: unit names).
#include <algorithm>
#include <string>

#include "form/form_layout.hpp"
#include "form/form_sheets.hpp"

namespace cr::form {
namespace {

lxw_error write_key(lxw_worksheet* sheet, lxw_row_t row, std::string_view key, const std::string& value) {
  lxw_error error = worksheet_write_string(sheet, row, 0, std::string(key).c_str(), nullptr);
  if (error == LXW_NO_ERROR) error = worksheet_write_string(sheet, row, 1, value.c_str(), nullptr);
  return error;
}

}  // namespace

std::vector<const model::OrgUnit*> unit_choices(const FormContext& context) {
  std::vector<const model::OrgUnit*> choices;
  for (std::size_t unit : context.plan.respondents) choices.push_back(&context.campaign.units[unit]);
  if (std::find(choices.begin(), choices.end(), &context.unit) == choices.end()) choices.push_back(&context.unit);
  return choices;
}

lxw_error write_meta_sheet(const FormContext& context, lxw_worksheet* sheet) {
  const model::Campaign& campaign = context.campaign;
  lxw_error error = LXW_NO_ERROR;
  const auto keep = [&](lxw_error e) {
    if (error == LXW_NO_ERROR) error = e;
  };
  keep(write_key(sheet, 0, key_campaign, campaign.id));
  keep(write_key(sheet, 1, key_fingerprint, context.plan.fingerprint));
  keep(write_key(sheet, 2, key_unit, context.unit.id));
  keep(write_key(sheet, 3, key_unit_name, context.unit.name));
  keep(write_key(sheet, 4, key_version, std::string(format_version)));
  for (std::size_t i = 0; i < qualifiers.size(); ++i)
    keep(worksheet_write_string(sheet, static_cast<lxw_row_t>(i), 3, std::string(qualifiers[i]).c_str(), nullptr));
  const auto choices = unit_choices(context);
  for (std::size_t i = 0; i < choices.size(); ++i)
    keep(worksheet_write_string(sheet, static_cast<lxw_row_t>(i), 4, choices[i]->name.c_str(), nullptr));
  worksheet_hide(sheet);
  worksheet_protect(sheet, nullptr, nullptr);
  return error;
}

}  // namespace cr::form
