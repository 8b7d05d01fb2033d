// campaign-report validate DIR: reads the campaign, prints every diagnostic, and says what was
// read; with --json, a closing "validation" line carries the same counts for scripts. When the
// data has no errors and the campaign has narrative texts (it is meant for the report, not only
// for the workbook), the report's text is put together too, the template's placeholders filled
// and the narratives read, so that what `build` would say about them is found here first.
#include <cstdio>

#include <fmt/format.h>

#include "batch/unit_filename.hpp"
#include "cli/commands.hpp"
#include "cli/reporting.hpp"
#include "cli/resources.hpp"
#include "diag/json.hpp"
#include "input/campaign_loader.hpp"
#include "report/builder.hpp"

namespace cr::cli {
namespace {

void print_json_result(const std::optional<model::Campaign>& campaign, const diag::Diagnostics& diagnostics,
                       int exit_code) {
  const auto count = [&](auto member) { return campaign ? ((*campaign).*member).size() : std::size_t{0}; };
  fmt::print(
      stdout,
      "{{\"kind\":\"validation\",\"campaign\":{},\"title\":{},\"indicators\":{},\"units\":{},\"records\":{},"
      "\"narratives\":{},\"errors\":{},\"warnings\":{},\"valid\":{}}}\n",
      diag::json_string(campaign ? campaign->id : ""), diag::json_string(campaign ? campaign->title : ""),
      count(&model::Campaign::indicators), count(&model::Campaign::units), count(&model::Campaign::records),
      count(&model::Campaign::narratives), diagnostics.error_count(), diagnostics.warning_count(),
      exit_code == 0 ? "true" : "false");
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

// The report's Document, for its diagnostics only (unknown placeholders, a unit written twice).
// Without the product's templates/ there is nothing to check against: build reports that.
void check_report_text(const CommonOptions& options, const model::Campaign& campaign,
                       diag::Diagnostics& diagnostics) {
  const auto resources = find_resources(options.resources);
  if (!resources) return;
  report::build_report(*resources, campaign, diagnostics);
}

}  // namespace

int run_validate(const CommonOptions& options, const std::string& folder) {
  diag::Diagnostics diagnostics;
  const auto campaign = input::load_campaign(folder, diagnostics);
  // Every unit's file name, when the campaign says how to name them (build --per-unit checks its own).
  if (campaign && !campaign->report.unit_filename.empty()) batch::check_unit_stems(*campaign, diagnostics);
  if (campaign && diagnostics.error_count() == 0 && !campaign->narratives.empty())
    check_report_text(options, *campaign, diagnostics);
  const int code = finish(options, diagnostics);
  if (options.json)
    print_json_result(campaign, diagnostics, code);
  else if (campaign && code == 0 && !options.quiet)
    print_human_result(options, *campaign, diagnostics.empty());
  return code;
}

}  // namespace cr::cli
