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
#include <filesystem>
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
  std::string to_line() const;  // the same on one line, with its "\n" (a journal's first line)
  // nullopt when `text` is not a manifest of this shape.
  static std::optional<Manifest> parse(std::string_view text);
};

// "manifest.json" for a whole run, "manifest.shard-I-of-N.json" for shard I of N.
std::string manifest_file_name(int shard, int shards);

// The journal of a manifest (NAME.journal, manifest_journal.hpp): while a run writes reports
// it appends to the journal rather than rewriting the whole manifest for each report. Its first
// line is the manifest as the run found it, on one line; each further line is one report entry,
// replacing any earlier entry of the same unit. The run folds it into NAME when it ends, so a
// journal is only ever left by a run that was killed; it then holds more than NAME does.
std::filesystem::path journal_path(const std::filesystem::path& manifest_file);
std::string journal_line(const ReportEntry& report);  // one line, with its "\n"
// The journal `text` folded: its first line, then each whole entry line applied in order. A last
// line cut short by a kill or a power cut ends the journal (it was never synced, so the renames
// it announced never happened). nullopt when the first line is not a whole manifest.
std::optional<Manifest> fold_journal(std::string_view text);
// The manifests of `folder` (manifest.json, manifest.shard-I-of-N.json), each once, also one of
// which only the journal is there, sorted by name.
std::vector<std::filesystem::path> manifest_files(const std::filesystem::path& folder);
// The manifest in `file`, read with its journal when one is there: nullopt when neither holds
// a manifest.
std::optional<Manifest> read_manifest(const std::filesystem::path& file);

}  // namespace cr::output
