#include "cli/report_selection.hpp"

#include <CLI/CLI.hpp>

#include "input/campaign_loader.hpp"
#include "input/previous_campaign.hpp"

namespace cr::cli {

void add_selection_options(CLI::App& command, ReportSelection& selection) {
  command.add_option("--template", selection.template_name,
                     "报告模板，覆盖 [report] template report template: case | year-end | ...");
  command
      .add_option("--year", selection.year,
                  "年度报告的年份，覆盖 [report] year the year a year-end report covers")
      ->check(CLI::Range(1000, 9999));
  command.add_option(
      "--previous", selection.previous,
      "上年活动目录，覆盖 [compare] previous last year's campaign folder, the comparison base");
}

std::optional<model::Campaign> load_selected_campaign(const std::string& folder,
                                                      const ReportSelection& selection,
                                                      diag::Diagnostics& diagnostics) {
  std::optional<model::Campaign> campaign = input::load_campaign(folder, diagnostics);
  if (!campaign) return campaign;
  if (!selection.template_name.empty()) campaign->report.template_name = selection.template_name;
  if (selection.year != 0) campaign->report.year = selection.year;
  if (!selection.previous.empty()) {
    input::add_previous_campaign(*campaign, selection.previous, selection.previous, {}, diagnostics);
  } else if (const auto named = input::previous_folder(*campaign); !named.empty()) {
    input::add_previous_campaign(*campaign, named, campaign->compare.previous, campaign->compare.position,
                                 diagnostics);
  }
  return campaign;
}

}  // namespace cr::cli
