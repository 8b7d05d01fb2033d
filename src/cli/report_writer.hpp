#pragma once
// Writing one report (the campaign-wide one, or a unit's) into the output folder, all or
// nothing: every format is made in full first; then the report is recorded as pending in the
// manifest, its files are renamed into place, and it is recorded as written. A report whose
// inputs' digest equals the one the folder's manifests record for it can be skipped.
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "cli/build_output.hpp"
#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"
#include "output/manifest.hpp"

namespace cr::cli {

// The run's manifest; several threads may record into it. Each file is replaced atomically.
// A report must be on disk as pending before its renames; that it was written can wait: it is
// said with the next report's pending record, or at finish(). One manifest write per report, not
// two: each costs an fsync of the manifest and of the folder, which is what a batch spends most
// of its time waiting for (docs/benchmarks.md). A disabled keeper records nothing (a plain
// `build` leaves only its outputs in the folder).
class ManifestKeeper {
 public:
  ManifestKeeper(std::filesystem::path file, output::Manifest start, bool enabled);
  // Records `report` as pending (with the reports written so far) and rewrites the file; false,
  // with a diagnostic, when it cannot be written.
  bool pending(output::ReportEntry report, diag::Diagnostics& diagnostics);
  // Records `report` as written, in memory until the next pending() or finish().
  void written(output::ReportEntry report);
  // Writes what written() has not yet written.
  bool finish(diag::Diagnostics& diagnostics);
  bool enabled() const { return enabled_; }

 private:
  bool write(diag::Diagnostics& diagnostics);  // with the mutex held

  std::mutex mutex_;
  std::filesystem::path file_;
  output::Manifest manifest_;
  bool enabled_;
  bool unsaved_ = false;
};

struct ReportJob {
  const model::Campaign* campaign;  // the whole campaign, or a unit's (batch/unit_campaign.hpp)
  std::string unit, unit_name;      // empty for the campaign-wide report
  std::string stem;
  std::string inputs_digest;        // empty when no manifest is kept
};

enum class ReportStatus { written, unchanged, data_failed, write_failed, locked };

struct ReportOutcome {
  ReportStatus status = ReportStatus::data_failed;
  diag::Diagnostics diagnostics;
  std::vector<output::OutputEntry> outputs;  // written (or unchanged) files
};

struct ReportSettings {
  const CommonOptions& options;
  const BuildOptions& build;
  std::filesystem::path folder;
  std::optional<std::int64_t> source_date_epoch;
  const PdfKit* pdf = nullptr;
  bool lock_each = false;                        // a shard: lock each report's stem
  std::vector<output::Manifest> previous;        // the folder's manifests, for --if-changed
};

ReportOutcome write_report(const ReportSettings& settings, const ReportJob& job, ManifestKeeper& manifest);

// Whether a diagnostic is about writing (exit 3) rather than about the data (exit 1).
bool is_write_failure(const diag::Diagnostic& d);

}  // namespace cr::cli
