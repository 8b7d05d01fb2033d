// `collect DIR FORM.xlsx...`: reads the forms the units sent back and merges their figures into
// the campaign's records (form/records_merge). A form with any bad cell, a form of another
// campaign, an outdated form or one filled in under another unit's name is not taken, and when
// any form is refused nothing is written: the clerk fixes or sends back that form and collects
// again. Afterwards the campaign is read again, so that what the merge made is checked as data,
// and the units that have not sent their form yet are listed.
#include <filesystem>
#include <map>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/form_campaign.hpp"
#include "cli/reporting.hpp"
#include "diag/json.hpp"
#include "form/form_plan.hpp"
#include "form/form_return.hpp"
#include "form/records_merge.hpp"
#include "input/campaign_loader.hpp"

namespace cr::cli {
namespace {

std::vector<form::FormReturn> read_returns(const CollectOptions& request, const model::Campaign& campaign,
                                           const form::FormPlan& plan, diag::Diagnostics& diagnostics) {
  std::vector<form::FormReturn> returns;
  std::map<std::size_t, std::string> file_of_unit;
  for (const std::string& file : request.forms) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
      diagnostics.error(file, 0, 0, "missing-file", "找不到这份填报表（路径有误，或不是文件）",
                        "no such form (a wrong path, or not a file)");
      continue;
    }
    std::optional<form::FormReturn> got = form::read_return(file, file, campaign, plan, diagnostics);
    if (!got) continue;
    const auto [earlier, fresh] = file_of_unit.emplace(got->unit, file);
    if (!fresh) {
      const std::string& name = campaign.units[got->unit].name;
      diagnostics.error(file, 0, 0, "form-twice",
                        fmt::format("{}的填报表给了两份（另一份是 {}），无法判断哪一份为准，都未汇总", name,
                                    earlier->second),
                        fmt::format("two forms of {} (the other is {}): which one holds cannot be told; neither "
                                    "is collected",
                                    campaign.units[got->unit].id, earlier->second));
      continue;
    }
    returns.push_back(std::move(*got));
  }
  return returns;
}

std::vector<const model::OrgUnit*> missing_units(const model::Campaign& campaign, const form::FormPlan& plan,
                                                 const form::MergeResult& merged) {
  std::vector<const model::OrgUnit*> missing;
  for (std::size_t unit : plan.respondents)
    if (!merged.answered.count(unit)) missing.push_back(&campaign.units[unit]);
  return missing;
}

void report_merge(const CommonOptions& options, std::size_t forms,
                  const form::MergeResult& merged, const std::vector<const model::OrgUnit*>& missing) {
  if (options.json) {
    diag::Json list = diag::Json::array();
    for (const model::OrgUnit* unit : missing) list.push_back({{"id", unit->id}, {"name", unit->name}});
    fmt::print(stdout, "{}\n",
               diag::json_line({{"kind", "collect"},
                                {"forms", forms},
                                {"target", merged.target},
                                {"added", merged.added},
                                {"replaced", merged.replaced},
                                {"backup", merged.backed_up ? diag::Json(merged.target + ".bak") : diag::Json(nullptr)},
                                {"missing", list}}));
    return;
  }
  if (options.quiet) return;
  print_message(options,
                fmt::format("已汇总 {} 份填报表：写入 {} 个数值到 {}，替换原有的 {} 行{}", forms, merged.added,
                            merged.target, merged.replaced,
                            merged.backed_up ? fmt::format("；原文件保存为 {}.bak", merged.target) : ""),
                fmt::format("collected {} form(s): {} value(s) into {}, {} earlier row(s) replaced{}", forms,
                            merged.added, merged.target, merged.replaced,
                            merged.backed_up ? fmt::format("; the earlier file is {}.bak", merged.target) : ""));
  if (!merged.into_records)
    print_message(options,
                  "本活动的记录保存在工作簿中，未改动；汇总结果写入 collected-records.csv，请核对后并入记录工作簿",
                  "the campaign keeps its records in a workbook, which is left as it is; the figures went to "
                  "collected-records.csv: check them and add them to the workbook");
  std::string names, ids;
  for (const model::OrgUnit* unit : missing) {
    names += (names.empty() ? "" : "、") + unit->name;
    ids += (ids.empty() ? "" : ", ") + unit->id;
  }
  if (missing.empty())
    print_message(options, "各单位的填报表均已交回", "every unit has sent its form");
  else
    print_message(options, fmt::format("尚未交回填报表的单位（{} 个）：{}", missing.size(), names),
                  fmt::format("units that have not sent their form ({}): {}", missing.size(), ids));
}

}  // namespace

int run_collect(const CommonOptions& options, const CollectOptions& request) {
  diag::Diagnostics diagnostics;
  int code = 0;
  const std::optional<FormCampaign> loaded = load_form_campaign(options, request.folder, diagnostics, code);
  if (!loaded) return code;
  const model::Campaign& campaign = loaded->campaign;
  const form::FormPlan& plan = loaded->plan;
  const std::vector<form::FormReturn> returns = read_returns(request, campaign, plan, diagnostics);
  if (diagnostics.failed(options.strict)) {
    finish(options, diagnostics);
    print_message(options, "没有汇总任何数据：请改正上面的问题（或退回该单位重填）后重新汇总",
                  "nothing was collected: mend the problems above (or send the form back) and collect again");
    return exit_data_error;
  }
  form::MergeResult merged;
  if (!form::merge_returns(campaign, plan, returns, merged, diagnostics)) {
    print_diagnostics(options, diagnostics);
    return exit_output_error;
  }
  // The merged records are data like any other: read them again, as build will.
  diag::Diagnostics after;
  input::load_campaign(request.folder, after);
  diagnostics.append(after);
  code = finish(options, diagnostics);
  report_merge(options, returns.size(), merged, missing_units(campaign, plan, merged));
  if (code != exit_done && merged.backed_up)
    print_message(options, fmt::format("汇总后的数据有错误（见上）；汇总前的文件是 {}.bak", merged.target),
                  fmt::format("the data has errors after collecting (above); the file before it is {}.bak",
                              merged.target));
  return code;
}

}  // namespace cr::cli
