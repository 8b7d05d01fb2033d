#pragma once
// Appending to a manifest's journal (manifest.hpp: NAME.journal). A batch records each report
// as pending in the journal, synced, before the report's renames, and as written after them;
// one journal sync covers a group of reports. The whole manifest is written once, when the run
// ends (then the journal is removed), instead of once for every report: the bytes a run writes
// for its manifest grow with the reports, not with their square, and a report costs no
// manifest fsync and no folder fsync of its own.
#include <filesystem>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "output/manifest.hpp"

namespace cr::output {

class ManifestJournal {
 public:
  explicit ManifestJournal(std::filesystem::path manifest_file);
  ~ManifestJournal();
  ManifestJournal(const ManifestJournal&) = delete;
  ManifestJournal& operator=(const ManifestJournal&) = delete;

  // Starts the journal with `manifest` as its first line, atomically (a journal left by a
  // killed run is replaced only once this one holds all it said). False, with a diagnostic,
  // when it cannot be written.
  bool start(const Manifest& manifest, diag::Diagnostics& diagnostics);
  bool started() const { return fd_ >= 0; }
  // Appends `report`'s entry, unsynced; false, with a diagnostic, on a write error.
  bool append(const ReportEntry& report, diag::Diagnostics& diagnostics);
  // Makes everything appended so far durable.
  bool sync(diag::Diagnostics& diagnostics);
  // Closes and removes the journal: its manifest file now holds all it said.
  void remove();

 private:
  bool fail(std::string_view what_zh, std::string_view what_en, int error_number, diag::Diagnostics& diagnostics);

  std::filesystem::path path_;
  int fd_ = -1;
};

}  // namespace cr::output
