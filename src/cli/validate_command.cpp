// campaign-report validate DIR: reads the campaign, prints every diagnostic, and says what was
// read; with --json, a closing "validation" line carries the same counts for scripts. When the
// data has no errors, the report is set too, in memory, so that whatever `build` would refuse
// for the data (a placeholder, a narrative, a character no font covers) is found here first.
#include <cstdio>

#include <fmt/format.h>

#include "batch/unit_filename.hpp"
#include "cli/build_output.hpp"
#include "cli/commands.hpp"
#include "cli/reporting.hpp"
#include "diag/json.hpp"
#include "input/campaign_loader.hpp"
#include "report/builder.hpp"

namespace cr::cli {
namespace {

void print_json_result(const std::optional<model::Campaign>& campaign, const diag::Diagnostics& diagnostics,
                       int exit_code) {
  const auto count = [&](auto member) { return campaign ? ((*campaign).*member).size() : std::size_t{0}; };
  fmt::print(stdout, "{}\n",
             diag::json_line({{"kind", "validation"},
                              {"campaign", campaign ? campaign->id : ""},
                              {"title", campaign ? campaign->title : ""},
                              {"indicators", count(&model::Campaign::indicators)},
                              {"units", count(&model::Campaign::units)},
                              {"records", count(&model::Campaign::records)},
                              {"narratives", count(&model::Campaign::narratives)},
                              {"errors", diagnostics.error_count()},
                              {"warnings", diagnostics.warning_count()},
                              {"valid", exit_code == 0}}));
  std::fflush(stdout);
}

// "数据无误" only when nothing at all was found; with warnings the data passes but is not spotless.
void print_human_result(const CommonOptions& options, const model::Campaign& campaign, bool spotless) {
  print_message(
      options,
      fmt::format("「{}」{}：{} 个指标，{} 个单位，{} 条记录，{} 篇叙述文字", campaign.title,
                  spotless ? "数据无误" : "检查通过（请留意上面的警告）", campaign.indicators.size(),
                  campaign.units.size(), campaign.records.size(), campaign.narratives.size()),
      fmt::format("'{}' {}: {} indicators, {} units, {} records, {} narrative texts", campaign.id,
                  spotless ? "is valid" : "passes (mind the warnings above)", campaign.indicators.size(),
                  campaign.units.size(), campaign.records.size(), campaign.narratives.size()));
}

// The report as build would set it, in memory and written nowhere, for its diagnostics only
// (placeholders, narratives, characters no font covers): whatever build refuses for the data,
// validate refuses with the same message. Without the product's templates/ and fonts/ there is
// nothing to check against: build reports that.
void check_report(const CommonOptions& options, const Environment& environment,
                  const model::Campaign& campaign, diag::Diagnostics& diagnostics) {
  if (!environment.resources) return;
  const BuildOptions build;
  const auto kit = load_pdf_kit(environment, build, campaign, diagnostics);
  if (!kit) return;
  OutputRequest request{campaign, options, build, {}, std::nullopt};
  request.pdf = &*kit;
  render_pdf_output(request, diagnostics);
}

}  // namespace

int run_validate(const CommonOptions& options, const Environment& environment, const std::string& folder,
                 const ReportSelection& selection) {
  diag::Diagnostics diagnostics;
  const auto campaign = load_selected_campaign(folder, selection, diagnostics);
  // Every unit's file name, when the campaign says how to name them (build --per-unit checks its own).
  if (campaign && !campaign->report.unit_filename.empty()) batch::check_unit_stems(*campaign, diagnostics);
  if (campaign && diagnostics.error_count() == 0) check_report(options, environment, *campaign, diagnostics);
  const int code = finish(options, diagnostics);
  if (options.json)
    print_json_result(campaign, diagnostics, code);
  else if (campaign && code == 0 && !options.quiet)
    print_human_result(options, *campaign, diagnostics.empty());
  return code;
}

}  // namespace cr::cli
