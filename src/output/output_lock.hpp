#pragma once
// Who may write into an output folder: flock(2) locks, which the kernel drops when their holder
// exits or is killed, so no stale lock ever needs cleaning up.
//
// A whole run locks the folder itself (its directory, opened read-only: no lock file is left
// among the outputs). A shard of a per-unit run shares the folder lock with the other shards and
// locks each report it writes through a hidden ".<stem>.lock" file beside it, so disjoint shards
// can write into one folder while a whole run cannot overlap any of them.
#include <chrono>
#include <filesystem>
#include <string>

namespace cr::output {

// The run that holds a lock, as far as /proc tells: its pid, and when it started.
struct LockHolder {
  long pid = 0;          // 0: unknown (e.g. another pid namespace)
  std::string started;   // "2026-12-02 07:40:03 +0800"; empty when unknown
};

class OutputLock {
 public:
  enum class Mode { exclusive, shared };
  enum class Outcome { acquired, held, failed };

  OutputLock() = default;
  OutputLock(OutputLock&& other) noexcept;
  OutputLock& operator=(OutputLock&& other) noexcept;
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;
  ~OutputLock();  // releases the lock

  // Locks `path`: a folder is locked as it is, anything else through a file of that name
  // (created when missing, never removed). Tries again until `wait` has passed. On `held`,
  // `holder` names the run in the way; on `failed`, `error_number` is the system's errno.
  Outcome acquire(const std::filesystem::path& path, Mode mode, std::chrono::milliseconds wait,
                  LockHolder& holder, int& error_number);
  bool locked() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

// The hidden lock file of the report written as `stem` in `folder`: ".<stem>.lock".
std::filesystem::path report_lock_path(const std::filesystem::path& folder, const std::string& stem);

}  // namespace cr::output
