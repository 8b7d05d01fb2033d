#pragma once
// What makes a build's PDF a PDF/A file (docs/submission.md): the level of --pdfa, else of
// [report] pdfa; the sRGB profile of its output intent; at 3b, unless --no-attach, the
// campaign's input files (campaign.toml, the tables, the narratives) as they are on disk.
#include <filesystem>
#include <optional>

#include "cli/commands.hpp"
#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"
#include "pdf/archival.hpp"

namespace cr::cli {

// The sRGB profile: `resources`/icc/sRGB.icc when a resources folder carries one, else the one
// Debian's icc-profiles-free installs. nullopt when neither is there.
std::optional<std::filesystem::path> find_srgb_profile(const std::filesystem::path& resources);

// Level none when no PDF/A is asked. nullopt, with a diagnostic, when the profile or an input
// file cannot be read.
std::optional<pdf::Archival> load_archival(const BuildOptions& build, const model::Campaign& campaign,
                                           const std::filesystem::path& resources, diag::Diagnostics& diagnostics);

}  // namespace cr::cli
