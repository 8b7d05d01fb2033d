#pragma once
// Writing reports (the campaign-wide one, or units') into the output folder, each all or
// nothing: every format of a report is made in full first; then, for a group of made reports,
// the reports are recorded as pending in the manifest, their files are renamed into place, and
// they are recorded as written. A report whose inputs' digest equals the one the folder's
// manifests record for it can be skipped.
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "cli/build_output.hpp"
#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"
#include "output/manifest.hpp"
#include "output/manifest_journal.hpp"
#include "output/output_lock.hpp"

namespace cr::cli {

// The run's manifest; several threads may record into it. A report must be on disk as pending
// before its renames: that goes into the manifest's journal (output/manifest_journal.hpp), one
// synced append for a group of reports. That a report was written is appended unsynced. The
// manifest file itself is written whole once, by finish(), which removes the journal. A
// disabled keeper records nothing (a plain `build` leaves only its outputs in the folder).
class ManifestKeeper {
 public:
  ManifestKeeper(std::filesystem::path file, output::Manifest start, bool enabled);
  // Records `reports` as pending, durably; false, with a diagnostic, when it cannot.
  bool pending(const std::vector<output::ReportEntry>& reports, diag::Diagnostics& diagnostics);
  // Records `report` as written (in the journal when there is one, unsynced).
  void written(output::ReportEntry report);
  // Writes the manifest whole, if anything changed or a killed run left a journal, and removes
  // the journal.
  bool finish(diag::Diagnostics& diagnostics);
  bool enabled() const { return enabled_; }

 private:
  std::mutex mutex_;
  std::filesystem::path file_;
  output::Manifest manifest_;
  output::ManifestJournal journal_;
  bool enabled_;
  bool unsaved_ = false;
  bool broken_ = false;  // an append failed: the journal cannot be trusted past it
};

struct ReportJob {
  const model::Campaign* campaign = nullptr;  // the whole campaign, or a unit's (batch/unit_campaign.hpp)
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

// A report made in full, its files waiting in temporaries; or, when `made` is empty, a report
// already decided (unchanged, failed, locked), its outcome final.
struct ReportDraft {
  ReportOutcome outcome;
  output::ReportEntry entry;
  std::vector<MadeOutput> made;
  output::OutputLock lock;  // a shard's lock on the report, held until its renames are done
};

// Makes every format of `job`'s report, or skips it when --if-changed finds it unchanged.
ReportDraft make_report(const ReportSettings& settings, const ReportJob& job, ManifestKeeper& manifest);

// How many made reports a thread holds before putting them in place together: their files'
// flushes overlap and one journal sync records them all as pending.
constexpr std::size_t reports_per_group = 8;

// Puts the made reports of `group` in place, all or nothing each: their files flushed together,
// recorded as pending in one synced journal append, renamed, recorded as written; sets each
// one's outcome. Without a manifest, the folder is synced once after the renames.
void commit_group(std::vector<ReportDraft>& group, ManifestKeeper& manifest);

// Whether a diagnostic is about writing (exit 3) rather than about the data (exit 1).
bool is_write_failure(const diag::Diagnostic& d);

}  // namespace cr::cli
