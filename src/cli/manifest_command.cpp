// `manifest OUTDIR`: the shards of a per-unit run (build --per-unit --shard i/N) each keep
// OUTDIR/manifest.shard-i-of-N.json; this merges them into OUTDIR/manifest.json, the same file a
// whole run would have written. Every shard of one N must be there, of one campaign and version.
#include <filesystem>
#include <map>
#include <string>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/reporting.hpp"
#include "output/atomic_file.hpp"
#include "output/manifest.hpp"

namespace cr::cli {
namespace fs = std::filesystem;
namespace {

// The shard manifests by shard index, all of one N; errors for a foreign or unreadable one.
std::map<int, output::Manifest> shard_manifests(const fs::path& folder, diag::Diagnostics& diagnostics) {
  std::map<int, output::Manifest> shards;
  int count = 0;
  for (const fs::path& file : output::manifest_files(folder)) {
    const std::string name = file.filename().string();
    if (!name.starts_with("manifest.shard-")) continue;
    auto manifest = output::read_manifest(file);
    if (!manifest || manifest->shards == 0 || output::manifest_file_name(manifest->shard, manifest->shards) != name) {
      diagnostics.error(name, 0, 0, "bad-manifest", fmt::format("{} 不是本程序写的分片 manifest", name),
                        fmt::format("{} is not a shard manifest written by this program", name));
      continue;
    }
    if (count != 0 && manifest->shards != count) {
      diagnostics.error(name, 0, 0, "bad-manifest",
                        fmt::format("{} 属于分 {} 片的运行，另有分 {} 片的；请先删去旧的", name, manifest->shards, count),
                        fmt::format("{} is of a run in {} shards, others of {}; remove the old ones", name,
                                    manifest->shards, count));
      continue;
    }
    count = manifest->shards;
    shards.emplace(manifest->shard, std::move(*manifest));
  }
  for (int i = 0; i < count; ++i)
    if (shards.count(i) == 0)
      diagnostics.error(output::manifest_file_name(i, count), 0, 0, "missing-shard",
                        fmt::format("缺少第 {} 片的 manifest（共 {} 片）", i, count),
                        fmt::format("the manifest of shard {} of {} is missing", i, count));
  if (count == 0 && diagnostics.error_count() == 0)
    diagnostics.error("", 0, 0, "missing-shard", fmt::format("{} 中没有分片 manifest", folder.string()),
                      fmt::format("{} holds no shard manifest", folder.string()));
  return shards;
}

}  // namespace

int run_manifest(const CommonOptions& options, const std::string& folder) {
  diag::Diagnostics diagnostics;
  auto shards = shard_manifests(folder, diagnostics);
  output::Manifest whole;
  for (auto& [index, shard] : shards) {
    if (index == 0) {
      whole.tool_version = shard.tool_version;
      whole.campaign = shard.campaign;
    } else if (shard.tool_version != shards.begin()->second.tool_version ||
               shard.campaign != shards.begin()->second.campaign) {
      diagnostics.error(output::manifest_file_name(index, shard.shards), 0, 0, "bad-manifest",
                        "各分片的活动或程序版本不一致", "the shards are of different campaigns or versions");
    }
    for (output::ReportEntry& report : shard.reports) whole.put(std::move(report));
  }
  if (diagnostics.error_count() > 0) return finish(options, diagnostics);
  const fs::path merged = fs::path(folder) / output::manifest_file_name(0, 0);
  if (!output::write_file_atomically(merged, whole.to_json(), diagnostics)) {
    print_diagnostics(options, diagnostics);
    return exit_output_error;
  }
  std::error_code ec;
  fs::remove(output::journal_path(merged), ec);  // a killed whole run's: the merge is newer
  if (!options.quiet)
    print_message(options, fmt::format("已合并 {} 个分片，写出 {}/manifest.json", shards.size(), folder),
                  fmt::format("merged {} shards into {}/manifest.json", shards.size(), folder));
  return exit_done;
}

}  // namespace cr::cli
