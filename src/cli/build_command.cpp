// `build DIR [-o OUTDIR] [--format pdf,xlsx] [--per-unit ...]`: loads the campaign once and
// writes its report (OUTDIR/<stem>.pdf and .xlsx), or with --per-unit a report per unit too
// (per_unit_plan.hpp), each all or nothing (report_writer.hpp). Data errors in the campaign stop
// the run before anything is written (exit 1), except that with --per-unit an error in some
// units' records holds back only the reports that count them (batch/unit_failures.hpp); another
// run holding the folder is exit 4; an output that cannot be written is exit 3 and never leaves
// a partial file; with --per-unit, some units failing on their own data is exit 5, the others
// being written.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "batch/inputs_digest.hpp"
#include "batch/unit_campaign.hpp"
#include "batch/unit_failures.hpp"
#include "build_info.hpp"
#include "cli/build_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/pdf_archival.hpp"
#include "cli/per_unit_plan.hpp"
#include "cli/progress.hpp"
#include "cli/report_writer.hpp"
#include "cli/reporting.hpp"
#include "input/campaign_loader.hpp"
#include "output/output_lock.hpp"
#include "sign/identity.hpp"

namespace cr::cli {
namespace fs = std::filesystem;
namespace {

bool prepare_folder(const fs::path& folder, diag::Diagnostics& diagnostics) {
  std::error_code error;
  fs::create_directories(folder, error);
  if (!error && fs::is_directory(folder, error)) return true;
  diagnostics.error(
      "", 0, 0, "output-not-writable",
      fmt::format("无法创建输出目录 {}：{}", folder.string(), error ? error.message() : "不是目录"),
      fmt::format("cannot create the output folder {}: {}", folder.string(), error ? error.message() : "not a folder"));
  return false;
}

// The folder lock: exclusive for a whole run, shared by the shards (which lock each report).
int lock_folder(const CommonOptions& options, const BuildOptions& build, const fs::path& folder,
                output::OutputLock& lock) {
  output::LockHolder holder;
  int error_number = 0;
  const auto mode = build.shard.empty() ? output::OutputLock::Mode::exclusive : output::OutputLock::Mode::shared;
  const auto wait = std::chrono::milliseconds(std::llround(build.wait_seconds * 1000));
  switch (lock.acquire(folder, mode, wait, holder, error_number)) {
    case output::OutputLock::Outcome::acquired:
      return exit_done;
    case output::OutputLock::Outcome::failed:
      print_message(options, fmt::format("无法锁定输出目录 {}：{}", folder.string(), std::strerror(error_number)),
                    fmt::format("cannot lock the output folder {}: {}", folder.string(), std::strerror(error_number)));
      return exit_output_error;
    case output::OutputLock::Outcome::held:
      break;
  }
  const std::string who = holder.pid > 0 ? fmt::format("{}", holder.pid) : "?";
  const std::string when = holder.started.empty() ? "?" : holder.started;
  print_message(options,
                fmt::format("另一运行（进程 {}，{} 启动）正在写输出目录 {}，等待 {} 秒后放弃；可用 --wait 秒数 等待更久",
                            who, when, folder.string(), build.wait_seconds),
                fmt::format("another run (pid {}, started {}) is writing to {}; gave up after waiting {} s; "
                            "--wait SECONDS waits longer",
                            who, when, folder.string(), build.wait_seconds));
  return exit_locked;
}

// The earlier manifests of the folder (with what their journals add), which --if-changed
// compares against and a run goes on from.
std::vector<output::Manifest> previous_manifests(const fs::path& folder) {
  std::vector<output::Manifest> found;
  for (const fs::path& file : output::manifest_files(folder))
    if (auto manifest = output::read_manifest(file)) found.push_back(std::move(*manifest));
  return found;
}

// What the shared inputs' digest covers besides the campaign folder: the templates and
// fonts.toml by their bytes, the font files the roles resolved to by their identity.
batch::DigestSources digest_sources(const model::Campaign& campaign, const fs::path& folder, const PdfKit* kit,
                                    std::string options) {
  batch::DigestSources sources{campaign.folder, folder, {}, {}, std::move(options)};
  if (kit == nullptr) return sources;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(kit->resources / "templates", ec))
    if (entry.is_regular_file(ec)) sources.extra.push_back(entry.path());
  sources.extra.push_back(kit->resources / "fonts" / "fonts.toml");
  if (kit->archival.level != pdf::PdfaLevel::none)
    if (auto profile = find_srgb_profile(kit->resources)) sources.extra.push_back(*profile);
  for (const auto& [role, fonts] : kit->fonts.roles())
    for (const auto& face : fonts.faces) sources.identified.push_back(face->file());
  for (auto* files : {&sources.extra, &sources.identified}) {
    std::sort(files->begin(), files->end());
    files->erase(std::unique(files->begin(), files->end()), files->end());
  }
  return sources;
}

std::string digest_options(const BuildOptions& build, std::optional<std::int64_t> epoch) {
  return fmt::format("formats={};style={};missing-glyphs={};epoch={};pdfa={};no-attach={};",
                     fmt::join(build.formats, ","), build.style, build.allow_missing_glyphs,
                     epoch ? std::to_string(*epoch) : "", build.pdfa, build.no_attach);
}

// The signer's certificate: a report signed by another key, or now signed, is not unchanged.
std::string digest_signer(const BuildOptions& build) {
  std::ifstream in(build.sign_cert, std::ios::binary);
  return build.sign_key.empty() ? std::string() : std::string(std::istreambuf_iterator<char>(in), {});
}

struct Tally {
  bool write_failed = false, locked = false, data_failed = false;
};

// What every report of a run shares.
struct RunContext {
  const model::Campaign& campaign;
  const ReportSettings& settings;
  const std::string& shared_digest;
  const batch::FailedReports* held;  // reports the data errors of some units hold back; may be null
  ManifestKeeper& manifest;
  Progress& progress;
};

// One planned report made (its files waiting in temporaries), or decided: held back by its
// units' data errors (batch/unit_failures.hpp), unchanged, or failed.
ReportDraft make_one(const RunContext& run, const PlannedReport& planned, ReportJob& job) {
  const model::Campaign& campaign = run.campaign;
  job = {&campaign, planned.unit ? campaign.units[*planned.unit].id : "",
         planned.unit ? campaign.units[*planned.unit].name : "", planned.stem, ""};
  if (run.held != nullptr && (planned.unit ? run.held->unit(*planned.unit) : run.held->overall))
    return {};  // data_failed; its errors were printed with the campaign's
  std::optional<model::Campaign> own;
  if (planned.unit) own = batch::unit_campaign(campaign, *planned.unit);
  job.campaign = own ? &*own : &campaign;
  if (run.manifest.enabled()) job.inputs_digest = batch::report_digest(run.shared_digest, *job.campaign, job.unit);
  run.progress.started(job);
  ReportDraft draft = make_report(run.settings, job, run.manifest);
  job.campaign = nullptr;  // a unit's campaign lives only while its report is made
  return draft;
}

// Builds every planned report on `jobs` threads, each thread putting its made reports in place
// in groups (report_writer.hpp). A failure to write stops new reports from starting (a full disk
// does not get better); the ones made are still put in place.
Tally run_plan(const RunPlan& plan, const RunContext& run, unsigned jobs) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::mutex tally_mutex;
  Tally tally;
  auto done = [&](const ReportJob& job, const ReportOutcome& outcome) {
    run.progress.finished(job, outcome);
    std::lock_guard<std::mutex> hold(tally_mutex);
    tally.write_failed |= outcome.status == ReportStatus::write_failed;
    tally.locked |= outcome.status == ReportStatus::locked;
    tally.data_failed |= outcome.status == ReportStatus::data_failed;
    if (outcome.status == ReportStatus::write_failed) stop = true;
  };
  auto worker = [&] {
    std::vector<ReportJob> jobs_held;
    std::vector<ReportDraft> group;
    auto commit = [&] {
      commit_group(group, run.manifest);
      for (std::size_t i = 0; i < group.size(); ++i) done(jobs_held[i], group[i].outcome);
      group.clear();
      jobs_held.clear();
    };
    for (std::size_t k = next++; k < plan.reports.size() && !stop; k = next++) {
      ReportJob job;
      ReportDraft draft = make_one(run, plan.reports[k], job);
      if (draft.made.empty()) {
        done(job, draft.outcome);
        continue;
      }
      jobs_held.push_back(std::move(job));
      group.push_back(std::move(draft));
      if (group.size() >= reports_per_group) commit();
    }
    commit();
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs && t < plan.reports.size(); ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
  return tally;
}

int write_outputs(const CommonOptions& options, const Environment& environment, const BuildOptions& build,
                  const model::Campaign& campaign,
                  const batch::FailedReports* held, diag::Diagnostics& diagnostics) {
  int plan_exit = exit_done;
  auto plan = plan_run(build, campaign, diagnostics, plan_exit);
  const fs::path folder(build.output_dir);
  if (!plan) {
    print_diagnostics(options, diagnostics);
    return plan_exit;
  }
  const std::size_t errors_before = diagnostics.error_count();
  const std::optional<std::int64_t> epoch = environment.source_date_epoch(diagnostics);
  if (diagnostics.error_count() != errors_before) {
    print_diagnostics(options, diagnostics);
    return exit_usage;
  }
  std::optional<sign::Identity> signer;  // read before anything is written: a bad key writes nothing
  if (!build.sign_key.empty() &&
      !(signer = sign::Identity::load({build.sign_key, build.sign_cert, build.sign_chain, build.key_pass_file},
                                      diagnostics))) {
    print_diagnostics(options, diagnostics);
    return exit_usage;
  }
  if (!prepare_folder(folder, diagnostics)) {
    print_diagnostics(options, diagnostics);
    return exit_output_error;
  }
  output::OutputLock folder_lock;
  if (const int locked = lock_folder(options, build, folder, folder_lock); locked != exit_done) return locked;
  output::remove_stale_temporaries_in(folder);  // once, not at each file the run opens

  std::optional<PdfKit> kit;
  const bool pdf = build.formats.empty() || std::find(build.formats.begin(), build.formats.end(), "pdf") != build.formats.end();
  if (pdf && !(kit = load_pdf_kit(environment, build, campaign, diagnostics))) {
    print_diagnostics(options, diagnostics);
    return exit_data_error;
  }
  if (kit && signer) kit->signer = &*signer;
  print_diagnostics(options, diagnostics);  // the campaign's own warnings (and units' errors), once

  const bool keep_manifest = build.per_unit || build.if_changed;
  std::string shared;
  if (keep_manifest)
    shared = batch::shared_digest(
        digest_sources(campaign, folder, kit ? &*kit : nullptr, digest_options(build, epoch) + digest_signer(build)));
  output::Manifest start;
  const std::string manifest_name = output::manifest_file_name(plan->shard.index, plan->sharded ? plan->shard.count : 0);
  for (output::Manifest& m : previous_manifests(folder))
    if (output::manifest_file_name(m.shard, m.shards) == manifest_name) start = std::move(m);
  start.tool_version = build_info::version;
  start.campaign = campaign.id;
  start.shard = plan->sharded ? plan->shard.index : 0;
  start.shards = plan->sharded ? plan->shard.count : 0;
  ManifestKeeper manifest(folder / manifest_name, std::move(start), keep_manifest);

  ReportSettings settings{options, build, folder, epoch, kit ? &*kit : nullptr, plan->sharded,
                          build.if_changed ? previous_manifests(folder) : std::vector<output::Manifest>{}};
  Progress progress(options, plan->reports.size(), folder);
  const unsigned jobs = build.jobs > 0 ? build.jobs : std::max(1u, std::thread::hardware_concurrency());
  const Tally tally = run_plan(*plan, {campaign, settings, shared, held, manifest, progress}, jobs);
  diag::Diagnostics closing;
  const bool manifest_written = manifest.finish(closing);
  print_diagnostics(options, closing);
  if (build.per_unit) progress.summary();
  if (tally.write_failed || !manifest_written) return exit_output_error;
  if (tally.locked) return exit_locked;
  if (tally.data_failed) return build.per_unit ? exit_partial_batch : exit_data_error;
  return exit_done;
}

}  // namespace

int run_build(const CommonOptions& options, const Environment& environment, const BuildOptions& build) {
  diag::Diagnostics diagnostics;
  std::optional<model::Campaign> campaign = load_selected_campaign(build.folder, build.selection, diagnostics);
  // With --per-unit, errors in some units' records hold back only the reports that count them.
  std::optional<batch::FailedReports> held;
  if (campaign && build.per_unit && diagnostics.failed(options.strict))
    held = batch::failed_reports(*campaign, diagnostics, options.strict);
  if (!campaign || (diagnostics.failed(options.strict) && !held)) {
    const int code = finish(options, diagnostics);
    return code == exit_done ? exit_data_error : code;  // no campaign at all is a data error too
  }
  return write_outputs(options, environment, build, *campaign, held ? &*held : nullptr, diagnostics);
}

}  // namespace cr::cli
