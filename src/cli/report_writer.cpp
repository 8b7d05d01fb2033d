#include "cli/report_writer.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <utility>

#include <fmt/format.h>

#include "cli/test_hook.hpp"
#include "output/atomic_file.hpp"
#include "output/output_lock.hpp"
#include "output/sha256.hpp"

namespace cr::cli {
namespace fs = std::filesystem;
namespace {

bool wants(const BuildOptions& build, const char* format) {
  return build.formats.empty() ||
         std::find(build.formats.begin(), build.formats.end(), format) != build.formats.end();
}

// Every asked format, made in full; nullopt as soon as one cannot be made.
std::optional<std::vector<MadeOutput>> make_all(const ReportSettings& s, const ReportJob& job,
                                                diag::Diagnostics& diagnostics) {
  std::vector<MadeOutput> made;
  for (const char* format : {"xlsx", "pdf"}) {
    if (!wants(s.build, format)) continue;
    const OutputRequest request{*job.campaign, s.options, s.build, s.folder / (job.stem + "." + format),
                                s.source_date_epoch, s.pdf, true};
    auto output = std::string(format) == "xlsx" ? make_xlsx_output(request, diagnostics)
                                                : make_pdf_output(request, diagnostics);
    if (!output) return std::nullopt;
    made.push_back(std::move(*output));
  }
  return made;
}

std::vector<output::WarningEntry> warnings_of(const diag::Diagnostics& diagnostics, diag::Language lang) {
  std::vector<output::WarningEntry> warnings;
  for (const diag::Diagnostic& d : diagnostics.sorted())
    if (d.severity == diag::Severity::warning)
      warnings.push_back({d.code, d.file, d.message(lang), d.line, d.column});
  return warnings;
}

// The earlier entry for this report, when its digest is the same and its files are all there,
// whole, in every asked format.
const output::ReportEntry* unchanged_entry(const ReportSettings& s, const ReportJob& job) {
  for (const output::Manifest& m : s.previous) {
    const output::ReportEntry* entry = m.find(job.unit);
    if (entry == nullptr || entry->pending || entry->inputs_digest != job.inputs_digest) continue;
    bool whole = true;
    for (const char* format : {"xlsx", "pdf"}) {
      if (!wants(s.build, format)) continue;
      const std::string file = job.stem + "." + format;
      auto listed = std::find_if(entry->outputs.begin(), entry->outputs.end(),
                                 [&](const output::OutputEntry& o) { return o.file == file; });
      whole = whole && listed != entry->outputs.end() && output::sha256_file(s.folder / file) == listed->sha256;
    }
    if (whole) return entry;
  }
  return nullptr;
}

output::OutputLock::Outcome lock_report(const ReportSettings& s, const ReportJob& job, output::OutputLock& lock,
                                        diag::Diagnostics& diagnostics) {
  output::LockHolder holder;
  int error_number = 0;
  const fs::path path = output::report_lock_path(s.folder, job.stem);
  const auto wait = std::chrono::milliseconds(std::llround(s.build.wait_seconds * 1000));
  const auto outcome = lock.acquire(path, output::OutputLock::Mode::exclusive, wait, holder, error_number);
  if (outcome == output::OutputLock::Outcome::failed)
    diagnostics.error(path.string(), 0, 0, "output-not-writable",
                      fmt::format("无法创建锁文件 {}：{}", path.string(), std::strerror(error_number)),
                      fmt::format("cannot create the lock file {}: {}", path.string(), std::strerror(error_number)));
  if (outcome == output::OutputLock::Outcome::held)
    diagnostics.error(path.string(), 0, 0, "output-locked",
                      fmt::format("另一运行（进程 {}，{} 启动）正在写 {}", holder.pid, holder.started, job.stem),
                      fmt::format("another run (pid {}, started {}) is writing {}", holder.pid, holder.started, job.stem));
  return outcome;
}

bool failed_to_write(const diag::Diagnostics& diagnostics) {
  const auto& items = diagnostics.items();
  return std::any_of(items.begin(), items.end(), is_write_failure);
}

// The renames of one made report, each file fsynced first; the folder is synced by the caller.
bool rename_all(ReportDraft& draft) {
  for (MadeOutput& output : draft.made) {
    if (!output.file.commit(draft.outcome.diagnostics, output::AtomicFile::FolderSync::later)) return false;
    after_rename();
  }
  return true;
}

}  // namespace

ManifestKeeper::ManifestKeeper(fs::path file, output::Manifest start, bool enabled)
    : file_(std::move(file)), manifest_(std::move(start)), journal_(file_), enabled_(enabled) {
  std::error_code ec;
  unsaved_ = enabled_ && fs::exists(output::journal_path(file_), ec);  // a killed run's, to fold in
}

bool ManifestKeeper::pending(const std::vector<output::ReportEntry>& reports, diag::Diagnostics& diagnostics) {
  if (!enabled_) return true;
  std::lock_guard<std::mutex> hold(mutex_);
  if (broken_) {
    diagnostics.error(file_.string(), 0, 0, "output-not-writable",
                      fmt::format("manifest 日志 {} 此前写入失败，本报告未写出", output::journal_path(file_).string()),
                      fmt::format("the manifest journal {} failed earlier; the report is not written",
                                  output::journal_path(file_).string()));
    return false;
  }
  if (!journal_.started() && !journal_.start(manifest_, diagnostics)) return false;
  for (output::ReportEntry report : reports) {
    report.pending = true;
    if (!journal_.append(report, diagnostics)) return broken_ = true, false;
    manifest_.put(std::move(report));
    unsaved_ = true;
    after_rename();
  }
  return journal_.sync(diagnostics) || (broken_ = true, false);
}

void ManifestKeeper::written(output::ReportEntry report) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> hold(mutex_);
  report.pending = false;
  diag::Diagnostics ignored;  // a failure only leaves the report pending; finish() writes it whole
  if (journal_.started() && !broken_ && !journal_.append(report, ignored)) broken_ = true;
  manifest_.put(std::move(report));
  unsaved_ = true;
}

bool ManifestKeeper::finish(diag::Diagnostics& diagnostics) {
  std::lock_guard<std::mutex> hold(mutex_);
  if (!enabled_ || !unsaved_) return true;
  if (!output::write_file_atomically(file_, manifest_.to_json(), diagnostics)) return false;
  after_rename();
  journal_.remove();
  unsaved_ = false;
  return true;
}

bool is_write_failure(const diag::Diagnostic& d) {
  return d.severity == diag::Severity::error && (d.code == "output-not-writable" || d.code == "xlsx-write-failed" ||
                                                 d.code == "pdf-write-failed" || d.code == "pdf-sign-failed");
}

ReportDraft make_report(const ReportSettings& s, const ReportJob& job, ManifestKeeper& manifest) {
  ReportDraft draft;
  ReportOutcome& outcome = draft.outcome;
  draft.entry = {job.unit, job.unit_name, job.inputs_digest, false, {}, {}};
  if (s.build.if_changed) {
    if (const output::ReportEntry* earlier = unchanged_entry(s, job)) {
      manifest.written(*earlier);
      outcome.status = ReportStatus::unchanged;
      outcome.outputs = earlier->outputs;
      return draft;
    }
  }
  auto failed = [&] {
    outcome.status = failed_to_write(outcome.diagnostics) ? ReportStatus::write_failed : ReportStatus::data_failed;
    draft.made.clear();
    return std::move(draft);
  };
  auto made = make_all(s, job, outcome.diagnostics);
  if (!made || outcome.diagnostics.failed(s.options.strict)) return failed();
  if (s.lock_each) {
    const auto locked = lock_report(s, job, draft.lock, outcome.diagnostics);
    if (locked == output::OutputLock::Outcome::held) {
      outcome.status = ReportStatus::locked;
      return draft;
    }
    if (locked == output::OutputLock::Outcome::failed) return failed();
  }
  for (const MadeOutput& m : *made)
    draft.entry.outputs.push_back({m.format, m.file.target().filename().string(), m.size, m.sha256});
  draft.entry.warnings = warnings_of(outcome.diagnostics, s.options.lang);
  draft.made = std::move(*made);
  return draft;
}

void commit_group(std::vector<ReportDraft>& group, ManifestKeeper& manifest) {
  if (group.empty()) return;
  std::vector<output::ReportEntry> entries;
  for (ReportDraft& draft : group) {
    for (MadeOutput& output : draft.made) output.file.start_flush();
    entries.push_back(draft.entry);
  }
  diag::Diagnostics journal;
  const bool recorded = manifest.pending(entries, journal);
  for (ReportDraft& draft : group) {
    ReportOutcome& outcome = draft.outcome;
    if (!recorded) {  // the journal's error, said once; none of the group's files is renamed
      if (&draft == &group.front()) outcome.diagnostics.append(journal);
      outcome.status = ReportStatus::write_failed;
      continue;
    }
    if (!rename_all(draft)) {
      outcome.status = failed_to_write(outcome.diagnostics) ? ReportStatus::write_failed : ReportStatus::data_failed;
      continue;
    }
    manifest.written(draft.entry);
    outcome.status = ReportStatus::written;
    outcome.outputs = draft.entry.outputs;
  }
  if (!manifest.enabled()) {  // with a manifest, its journal records the renames until finish() syncs the folder
    const fs::path& first = group.front().made.front().file.target();
    output::sync_folder(first.parent_path().empty() ? fs::path(".") : first.parent_path(), first,
                        group.front().outcome.diagnostics);
  }
}

}  // namespace cr::cli
