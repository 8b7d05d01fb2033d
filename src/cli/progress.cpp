#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

#include "cli/reporting.hpp"
#include "diag/json.hpp"

namespace cr::cli {
namespace {

std::string clock_text(std::chrono::steady_clock::duration elapsed) {
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(elapsed).count();
  return fmt::format("{}:{:02}", seconds / 60, seconds % 60);
}

const char* reason_of(ReportStatus status) {
  switch (status) {
    case ReportStatus::write_failed:
      return "output";
    case ReportStatus::locked:
      return "locked";
    default:
      return "data";
  }
}

}  // namespace

Progress::Progress(const CommonOptions& options, std::size_t total, const std::filesystem::path& folder)
    : options_(options),
      folder_(folder),
      total_(total),
      terminal_(!options.json && !options.quiet && ::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()) {}

std::string Progress::name_of(const ReportJob& job) const {
  if (job.unit.empty()) return options_.lang == diag::Language::zh ? "全活动" : "whole campaign";
  return fmt::format("{}（{}）", job.unit_name, job.unit);
}

void Progress::clear_line() {
  if (line_drawn_) fmt::print(stderr, "\r\033[K");
  line_drawn_ = false;
}

void Progress::started(const ReportJob& job) {
  std::lock_guard<std::mutex> hold(mutex_);
  if (!terminal_) return;
  clear_line();
  fmt::print(stderr, "[{}/{}] {} {}", done_, total_, clock_text(std::chrono::steady_clock::now() - start_),
             name_of(job));
  std::fflush(stderr);
  line_drawn_ = true;
}

void Progress::finished(const ReportJob& job, const ReportOutcome& outcome) {
  std::lock_guard<std::mutex> hold(mutex_);
  clear_line();
  ++done_;
  warnings_ += outcome.diagnostics.warning_count();
  const bool ok = outcome.status == ReportStatus::written || outcome.status == ReportStatus::unchanged;
  if (ok) {
    (outcome.status == ReportStatus::written ? written_ : unchanged_) += 1;
    files_ += outcome.outputs.size();
  } else {
    failed_.push_back(name_of(job));
  }
  print_diagnostics(options_, outcome.diagnostics);
  if (options_.json) {
    for (const output::OutputEntry& o : outcome.outputs)
      print_output(options_, job.unit, o.format, folder_ / o.file,
                   o.sha256.empty() ? std::nullopt : std::optional<std::string>(o.sha256));
    if (!ok)
      fmt::print(stdout, "{}\n",
                 diag::json_line({{"kind", "unit-failed"},
                                  {"unit", diag::string_or_null(job.unit)},
                                  {"unit_name", job.unit_name},
                                  {"reason", reason_of(outcome.status)}}));
    std::fflush(stdout);
    return;
  }
  if (options_.quiet && ok) return;
  if (terminal_ && ok) {  // the line redrawn in place says it; failures stay on the screen
    fmt::print(stderr, "[{}/{}] {} {}", done_, total_, clock_text(std::chrono::steady_clock::now() - start_),
               name_of(job));
    std::fflush(stderr);
    line_drawn_ = true;
    return;
  }
  std::string files;
  for (const output::OutputEntry& o : outcome.outputs) files += (files.empty() ? "" : ", ") + (folder_ / o.file).string();
  const std::string at = fmt::format("[{}/{}] {}", done_, total_, name_of(job));
  switch (outcome.status) {
    case ReportStatus::written:
      print_message(options_, fmt::format("{}：已写出 {}", at, files), fmt::format("{}: wrote {}", at, files));
      break;
    case ReportStatus::unchanged:
      print_message(options_, fmt::format("{}：输入未变，保留 {}", at, files),
                    fmt::format("{}: inputs unchanged, kept {}", at, files));
      break;
    default:
      print_message(options_, fmt::format("{}：未写出，原有文件保持不变", at),
                    fmt::format("{}: not written; the earlier files are left as they were", at));
  }
}

void Progress::summary() {
  std::lock_guard<std::mutex> hold(mutex_);
  clear_line();
  if (options_.json || (options_.quiet && failed_.empty())) return;
  const std::string elapsed = clock_text(std::chrono::steady_clock::now() - start_);
  std::string zh = fmt::format("共 {} 份报告，用时 {}：写出 {} 份，输入未变 {} 份，失败 {} 份；{} 个文件，{} 个警告",
                               total_, elapsed, written_, unchanged_, failed_.size(), files_, warnings_);
  std::string en = fmt::format("{} report(s) in {}: {} written, {} unchanged, {} failed; {} file(s), {} warning(s)",
                               total_, elapsed, written_, unchanged_, failed_.size(), files_, warnings_);
  if (!failed_.empty()) {
    zh += fmt::format("。失败的单位：{}", fmt::join(failed_, "、"));
    en += fmt::format(". Failed: {}", fmt::join(failed_, ", "));
  }
  print_message(options_, zh, en);
}

}  // namespace cr::cli
