#pragma once
// campaign.toml: who ran the campaign and when, its programs in display order, and the output
// settings of [report]. Values keep their source positions so that a mistyped value is
// reported at its line and column; an unknown key is a warning, never silently ignored.
#include <filesystem>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::input {

struct ManifestOutcome {
  bool usable = false;       // read and has a [campaign] table (it may still hold errors)
  bool dates_known = false;  // start and end are valid dates, start <= end
};

// Fills the manifest's part of `campaign`, reporting every problem of the file.
ManifestOutcome load_manifest(const std::filesystem::path& file, model::Campaign& campaign,
                              diag::Diagnostics& diagnostics);

// Whether `name` may stand in a file name: not empty, no path separator, no character Windows
// refuses (program ids in narrative/program-<id>.md, output stems, attachments' narratives).
bool safe_stem(std::string_view name);

// Whether `id` is a valid campaign id: [a-z0-9-]+.
bool valid_campaign_id(std::string_view id);

}  // namespace cr::input
