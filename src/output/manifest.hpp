#pragma once
// OUTDIR/manifest.json: every report a run wrote into the folder, each with its files (format,
// name, size, sha256), the digest of the inputs it was made from, and its warnings.
//
// Two renames are never atomic as a pair, so a report is first recorded as pending, with the
// digests of the files about to replace the old ones, then its files are renamed into place,
// then it is recorded as written; the manifest itself is replaced atomically each time. Whatever
// moment a run is killed at, every output file is therefore either listed with its sha256 or
// still the earlier file. Shards of one run each keep a manifest of their own
// (manifest.shard-I-of-N.json), merged into manifest.json afterwards.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cr::output {

struct OutputEntry {
  std::string format;  // "pdf", "xlsx"
  std::string file;    // the file name inside the folder
  std::uint64_t size = 0;
  std::string sha256;
};

struct WarningEntry {
  std::string code, file, message;
  int line = 0, column = 0;
};

struct ReportEntry {
  std::string unit;       // the unit's id; empty for the campaign-wide report
  std::string unit_name;  // empty for the campaign-wide report
  std::string inputs_digest;
  bool pending = false;   // its files may be the new ones (listed here) or still the earlier ones
  std::vector<OutputEntry> outputs;
  std::vector<WarningEntry> warnings;
};

struct Manifest {
  std::string tool_version;
  std::string campaign;  // the campaign's id
  int shard = 0, shards = 0;  // shards == 0: a whole run
  std::vector<ReportEntry> reports;  // the campaign-wide report first, then by unit id

  // Adds `report`, or replaces the entry of the same unit.
  void put(ReportEntry report);
  const ReportEntry* find(std::string_view unit) const;
  std::string to_json() const;  // the same manifest gives the same bytes
  // nullopt when `text` is not a manifest of this shape.
  static std::optional<Manifest> parse(std::string_view text);
};

// "manifest.json" for a whole run, "manifest.shard-I-of-N.json" for shard I of N.
std::string manifest_file_name(int shard, int shards);

}  // namespace cr::output
