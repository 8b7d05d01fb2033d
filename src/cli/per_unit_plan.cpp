#include "cli/per_unit_plan.hpp"

#include <fmt/format.h>

#include "batch/unit_filename.hpp"
#include "cli/exit_code.hpp"

namespace cr::cli {
namespace {

void usage(diag::Diagnostics& diagnostics, int& exit_code, std::string zh, std::string en) {
  diagnostics.error("", 0, 0, "usage", std::move(zh), std::move(en));
  exit_code = exit_usage;
}

bool check_options(const BuildOptions& build, RunPlan& plan, diag::Diagnostics& diagnostics, int& exit_code) {
  const bool unit_options = !build.unit_type.empty() || !build.units.empty() || build.no_overall || !build.shard.empty();
  if (!build.per_unit && unit_options) {
    usage(diagnostics, exit_code, "--unit-type、--units、--no-overall 与 --shard 须与 --per-unit 同用",
          "--unit-type, --units, --no-overall and --shard go with --per-unit");
    return false;
  }
  if (build.shard.empty()) return true;
  const auto shard = batch::parse_shard(build.shard);
  if (!shard) {
    usage(diagnostics, exit_code,
          fmt::format("--shard 的值“{}”应写作 i/N（0 ≤ i < N），例如 0/3", build.shard),
          fmt::format("--shard '{}' must be i/N with 0 <= i < N, for example 0/3", build.shard));
    return false;
  }
  plan.sharded = true;
  plan.shard = *shard;
  return true;
}

}  // namespace

std::optional<RunPlan> plan_run(const BuildOptions& build, const model::Campaign& campaign,
                                diag::Diagnostics& diagnostics, int& exit_code) {
  RunPlan plan;
  if (!check_options(build, plan, diagnostics, exit_code)) return std::nullopt;
  exit_code = exit_data_error;
  if (auto why = batch::unsafe_stem_reason(campaign.output_stem())) {
    diagnostics.error("campaign.toml", 0, 0, "bad-output-name",
                      fmt::format("[report] filename「{}」不能作文件名：{}", campaign.output_stem(), why->first),
                      fmt::format("[report] filename '{}' cannot name a file: {}", campaign.output_stem(), why->second));
    return std::nullopt;
  }
  const bool overall = !build.per_unit || (!build.no_overall && (!plan.sharded || plan.shard.index == 0));
  if (overall) plan.reports.push_back({std::nullopt, campaign.output_stem()});
  if (!build.per_unit) return plan;
  if (!batch::check_unit_stems(campaign, diagnostics)) return std::nullopt;
  const auto selected = batch::select_units(campaign, {build.unit_type, build.units}, diagnostics);
  if (!selected) return std::nullopt;
  const auto units = plan.sharded ? batch::shard_slice(*selected, plan.shard) : *selected;
  for (std::size_t unit : units)
    plan.reports.push_back({unit, *batch::unit_stem(campaign, campaign.units[unit], diagnostics)});
  return plan;
}

}  // namespace cr::cli
