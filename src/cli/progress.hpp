#pragma once
// What a batch tells its user while it runs. On a terminal: one line redrawn in place with the
// reports done and their total, the time so far and the unit being made. Elsewhere (cron, a
// log file): one line per report as it finishes. --quiet: only failures. --json: an `output`
// line per file written and a `unit-failed` line per report that was not. Then a summary.
#include <chrono>
#include <mutex>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "cli/report_writer.hpp"

namespace cr::cli {

class Progress {
 public:
  Progress(const CommonOptions& options, std::size_t total, const std::filesystem::path& folder);
  void started(const ReportJob& job);
  void finished(const ReportJob& job, const ReportOutcome& outcome);
  // The closing summary: reports written, unchanged and failed (named), files, warnings.
  void summary();

 private:
  std::string name_of(const ReportJob& job) const;
  void clear_line();

  const CommonOptions& options_;
  std::filesystem::path folder_;
  std::size_t total_, done_ = 0, written_ = 0, unchanged_ = 0, files_ = 0, warnings_ = 0;
  std::vector<std::string> failed_;
  bool terminal_;
  bool line_drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::mutex mutex_;
};

}  // namespace cr::cli
