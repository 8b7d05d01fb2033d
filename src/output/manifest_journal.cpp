#include "output/manifest_journal.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "output/atomic_file.hpp"

namespace cr::output {
namespace {

// Room kept on disk for the journal's lines, so that a disk filling up with reports can still
// take the lines that record the reports already made.
constexpr off_t reserved_bytes = 64 * 1024;

}  // namespace

ManifestJournal::ManifestJournal(std::filesystem::path manifest_file) : path_(journal_path(manifest_file)) {}

ManifestJournal::~ManifestJournal() {
  if (fd_ >= 0) ::close(fd_);
}

bool ManifestJournal::fail(std::string_view what_zh, std::string_view what_en, int error_number,
                           diag::Diagnostics& diagnostics) {
  diagnostics.error(path_.string(), 0, 0, "output-not-writable",
                    fmt::format("无法写 manifest 日志 {}：{}（{}）", path_.string(), what_zh, std::strerror(error_number)),
                    fmt::format("cannot write the manifest journal {}: {} ({})", path_.string(), what_en,
                                std::strerror(error_number)));
  return false;
}

bool ManifestJournal::start(const Manifest& manifest, diag::Diagnostics& diagnostics) {
  if (!write_file_atomically(path_, manifest.to_line(), diagnostics)) return false;
  fd_ = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd_ < 0) return fail("无法打开", "cannot open it", errno, diagnostics);
  ::fallocate(fd_, FALLOC_FL_KEEP_SIZE, 0, reserved_bytes);  // a reservation where supported
  return true;
}

bool ManifestJournal::append(const ReportEntry& report, diag::Diagnostics& diagnostics) {
  const std::string line = journal_line(report);
  std::string_view rest = line;
  while (!rest.empty()) {
    const ssize_t n = ::write(fd_, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return fail("写入失败", "write failed", n < 0 ? errno : EIO, diagnostics);
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool ManifestJournal::sync(diag::Diagnostics& diagnostics) {
  return ::fdatasync(fd_) == 0 || fail("无法同步到磁盘", "cannot flush to disk", errno, diagnostics);
}

void ManifestJournal::remove() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(path_.c_str());
}

}  // namespace cr::output
