#pragma once
// The digest of everything a report is made from, which `build --if-changed` compares with the
// one recorded in the output folder's manifest to skip a report that would come out the same.
//
// The shared part covers, once per run: the tool's version, the options that shape the files,
// every file of the campaign folder except the records table (campaign.toml, the other tables,
// narrative/, the campaign's fonts/), the templates and fonts/fonts.toml of the resources, and
// the font files the roles resolved to: these by name, size and modification time, not by their
// bytes (three CJK faces are over 100 MB: hashing them took half the instructions of a batch of
// 40 reports, docs/benchmarks.md). A report then adds the records it is made of, in a
// canonical form, so a change to one village's records rebuilds that village, the units above
// it and the campaign-wide report, and nothing else.
#include <filesystem>
#include <string>
#include <vector>

#include "model/campaign.hpp"

namespace cr::batch {

struct DigestSources {
  std::filesystem::path campaign_folder;
  std::filesystem::path output_folder;       // skipped when it lies inside the campaign folder
  std::vector<std::filesystem::path> extra;  // templates, fonts.toml...: by their bytes
  std::vector<std::filesystem::path> identified;  // the resolved font files: by name, size and time
  std::string options;                       // the options that shape the outputs, as text
};

// The shared part, as hex.
std::string shared_digest(const DigestSources& sources);

// The digest of one report: the shared part and `campaign`'s records (the whole campaign's or
// a unit's, see unit_campaign.hpp), with the unit it speaks for (empty for the whole).
std::string report_digest(const std::string& shared, const model::Campaign& campaign, const std::string& unit);

}  // namespace cr::batch
