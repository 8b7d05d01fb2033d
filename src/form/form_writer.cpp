#include "form/form_writer.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "form/form_layout.hpp"
#include "form/form_sheets.hpp"
#include "output/source_date.hpp"
#include "xlsx/properties.hpp"

namespace cr::form {
namespace {

void set_properties(lxw_workbook* workbook, xlsx::DocumentProperties& properties, const model::Campaign& campaign,
                    const model::OrgUnit& unit, const FormSettings& settings) {
  properties.title = fmt::format("{} 数据填报表（{}）", campaign.title, unit.name);
  properties.subject = campaign.short_name.empty() ? campaign.title : campaign.short_name;
  properties.author = campaign.organization;
  properties.company = campaign.organization;
  properties.category = "数据填报表";
  properties.keywords = "填报,汇总," + unit.name;
  properties.comments = "填写后原样交回；由 campaign-report collect 汇总。";
  lxw_doc_properties& fields = properties.fields;
  fields.title = properties.title.data();
  fields.subject = properties.subject.data();
  fields.author = properties.author.data();
  fields.company = properties.company.data();
  fields.category = properties.category.data();
  fields.keywords = properties.keywords.data();
  fields.comments = properties.comments.data();
  // Forms go out as the campaign starts: its first day (China time) unless SOURCE_DATE_EPOCH says
  // otherwise, never now, so that the same campaign gives the same bytes.
  fields.created = static_cast<std::time_t>(settings.source_date_epoch.value_or(
      output::china_midnight(campaign.start.days_since_epoch())));
  workbook_set_properties(workbook, &fields);
}

lxw_error write_sheets(const FormContext& context) {
  lxw_worksheet* instructions = workbook_add_worksheet(context.workbook, std::string(instructions_sheet).c_str());
  lxw_worksheet* form = workbook_add_worksheet(context.workbook, std::string(form_sheet).c_str());
  lxw_worksheet* meta = workbook_add_worksheet(context.workbook, std::string(meta_sheet).c_str());
  if (instructions == nullptr || form == nullptr || meta == nullptr) return LXW_ERROR_MEMORY_MALLOC_FAILED;
  lxw_error error = write_instruction_sheet(context, instructions);
  if (error == LXW_NO_ERROR) error = write_form_sheet(context, form);
  if (error == LXW_NO_ERROR) error = write_meta_sheet(context, meta);
  worksheet_activate(form);
  return error;
}

}  // namespace

std::string period_label(const FormRow& row) {
  return row.period_text.empty() ? std::string("整个活动期间") : row.period_text;
}

bool write_form(const model::Campaign& campaign, const FormPlan& plan, std::size_t unit,
                const std::string& library_path, const FormSettings& settings, diag::Diagnostics& diagnostics) {
  lxw_workbook* workbook = workbook_new(library_path.c_str());
  if (workbook == nullptr) {
    diagnostics.error("", 0, 0, "output-not-writable", "无法创建填报表工作簿", "the form workbook cannot be created");
    return false;
  }
  xlsx::DocumentProperties properties;
  set_properties(workbook, properties, campaign, campaign.units[unit], settings);
  const FormFormats formats(workbook);
  const FormContext context{campaign, plan, campaign.units[unit], workbook, formats};
  const lxw_error written = write_sheets(context);
  const lxw_error closed = workbook_close(workbook);
  const lxw_error error = written != LXW_NO_ERROR ? written : closed;
  if (error == LXW_NO_ERROR) return true;
  diagnostics.error("", 0, 0, "output-not-writable",
                    fmt::format("填报表写入失败：{}", lxw_strerror(error)),
                    fmt::format("the form could not be written: {}", lxw_strerror(error)));
  return false;
}

}  // namespace cr::form
