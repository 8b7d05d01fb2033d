#include "input/campaign_loader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "input/document_section.hpp"
#include "input/figure_limits.hpp"
#include "input/manifest.hpp"
#include "input/narrative_files.hpp"
#include "input/record_checks.hpp"
#include "input/rollup_checks.hpp"
#include "input/safe_path.hpp"
#include "input/table_sources.hpp"
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

bool tree_too_deep(const diag::Diagnostics& diagnostics) {
  const auto& items = diagnostics.items();
  return std::any_of(items.begin(), items.end(),
                     [](const diag::Diagnostic& d) { return d.code == "unit-tree-too-deep"; });
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
  TableSources sources(*root, diagnostics);
  ReferenceTables tables;
  FoundTable indicators = sources.find(Table::indicators, true, diagnostics);
  tables.indicators = indicators.state;
  if (indicators.source) {
    tables.indicators = read_indicators(*indicators.source, manifest.usable, campaign, diagnostics);
    tables.indicators_name = indicators.source->name_zh();
  }
  FoundTable units = sources.find(Table::units, false, diagnostics);
  tables.units = units.state;
  if (units.source) {
    tables.units = read_units(*units.source, campaign, diagnostics);
    tables.units_name = units.source->name_zh();
  }
  FoundTable records = sources.find(Table::records, true, diagnostics);
  if (records.source) {
    const int period_column = read_records(*records.source, tables, campaign, diagnostics);
    check_records(*records.source, campaign, period_column, manifest.dates_known, diagnostics);
    // Every roll-up walks the unit tree, as deep as it goes: a tree refused as too deep is not
    // walked here, and no campaign is handed on with it (below).
    if (!tree_too_deep(diagnostics)) check_rollup(*records.source, campaign, period_column, diagnostics);
    check_figure_totals(campaign, diagnostics);
  }
  for (const FoundTable* found : {&indicators, &units, &records})
    if (found->source && std::find(campaign.table_files.begin(), campaign.table_files.end(), found->source->file) ==
                             campaign.table_files.end())
      campaign.table_files.push_back(found->source->file);
  if (manifest.usable) {
    read_narratives(*root, campaign, diagnostics);
    check_document_files(*root, campaign, diagnostics);
  }
  if (!manifest.usable || tree_too_deep(diagnostics)) return std::nullopt;
  return campaign;
}

}  // namespace cr::input
