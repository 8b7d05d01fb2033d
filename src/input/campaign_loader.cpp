#include "input/campaign_loader.hpp"

#include <fmt/format.h>

#include "input/manifest.hpp"
#include "input/narrative.hpp"
#include "input/record_checks.hpp"
#include "input/rollup_checks.hpp"
#include "input/safe_path.hpp"
#include "input/tables.hpp"

namespace cr::input {
namespace fs = std::filesystem;

namespace {

// A file that must exist: its resolved path, or nothing with a diagnostic.
std::optional<fs::path> required_file(const fs::path& root, const std::string& name,
                                      diag::Diagnostics& diagnostics) {
  const ResolvedPath resolved = resolve_inside(root, name);
  if (resolved.status == PathStatus::missing) {
    diagnostics.error(name, 0, 0, "missing-file", fmt::format("缺少必需的文件 {}", name),
                      fmt::format("the required file {} is missing", name));
    return std::nullopt;
  }
  if (!report_unsafe(resolved, name, diagnostics)) return std::nullopt;
  return resolved.path;
}

std::optional<fs::path> campaign_root(const fs::path& folder, diag::Diagnostics& diagnostics) {
  std::error_code ec;
  const auto status = fs::status(folder, ec);
  if (ec || !fs::exists(status)) {
    diagnostics.error("", 0, 0, "missing-folder", fmt::format("活动目录“{}”不存在", folder.string()),
                      fmt::format("the campaign folder '{}' does not exist", folder.string()));
    return std::nullopt;
  }
  if (!fs::is_directory(status)) {
    diagnostics.error("", 0, 0, "not-a-folder",
                      fmt::format("“{}”不是文件夹；请给出活动目录", folder.string()),
                      fmt::format("'{}' is not a folder; give the campaign folder", folder.string()));
    return std::nullopt;
  }
  fs::path root = fs::canonical(folder, ec);
  if (ec) {
    diagnostics.error("", 0, 0, "unreadable", fmt::format("活动目录“{}”无法读取", folder.string()),
                      fmt::format("the campaign folder '{}' cannot be read", folder.string()));
    return std::nullopt;
  }
  return root;
}

}  // namespace

std::optional<model::Campaign> load_campaign(const fs::path& folder, diag::Diagnostics& diagnostics) {
  const auto root = campaign_root(folder, diagnostics);
  if (!root) return std::nullopt;
  model::Campaign campaign;
  campaign.folder = folder.string();
  ManifestOutcome manifest;
  if (auto file = required_file(*root, "campaign.toml", diagnostics))
    manifest = load_manifest(*file, campaign, diagnostics);
  ReferenceTables tables{TableState::unreadable, TableState::absent};
  if (auto indicators = required_file(*root, "indicators.csv", diagnostics))
    tables.indicators = read_indicators(*indicators, manifest.usable, campaign, diagnostics);
  const ResolvedPath units = resolve_inside(*root, "units.csv");
  if (report_unsafe(units, "units.csv", diagnostics))
    tables.units = read_units(units.path, campaign, diagnostics);
  else if (units.status != PathStatus::missing)
    tables.units = TableState::unreadable;
  if (auto records = required_file(*root, "records.csv", diagnostics)) {
    const int period_column = read_records(*records, tables, campaign, diagnostics);
    check_records(campaign, period_column, manifest.dates_known, diagnostics);
    check_rollup(campaign, period_column, diagnostics);
  }
  if (manifest.usable) read_narratives(*root, campaign, diagnostics);
  if (!manifest.usable) return std::nullopt;
  return campaign;
}

}  // namespace cr::input
