#include "output/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <signal.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

namespace cr::output {
namespace fs = std::filesystem;
namespace {

fs::path folder_of(const fs::path& target) {
  return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

std::string hidden_stem(const fs::path& target) { return "." + target.filename().string() + "."; }

// The system's reason in Chinese for the errors people meet; strerror's English otherwise.
std::string reason_zh(int error_number) {
  switch (error_number) {
    case ENOENT:
      return "目录不存在";
    case EACCES:
    case EPERM:
      return "没有写入权限";
    case ENOSPC:
      return "磁盘空间已满";
    case EDQUOT:
      return "超出磁盘配额";
    case EROFS:
      return "只读文件系统";
    case EISDIR:
      return "目标是一个目录";
    case ENOTDIR:
      return "路径中有一部分不是目录";
    default:
      return std::strerror(error_number);
  }
}

void report(diag::Diagnostics& diagnostics, const fs::path& target, std::string_view what_zh,
            std::string_view what_en, int error_number) {
  const char* reason = std::strerror(error_number);
  diagnostics.error(target.string(), 0, 0, "output-not-writable",
                    fmt::format("无法写出输出文件 {}：{}（{}）；原有文件保持不变", target.string(), what_zh,
                                reason_zh(error_number)),
                    fmt::format("cannot write output file {}: {} ({}); any previous file is left intact",
                                target.string(), what_en, reason));
}

// The mode a file created now gets: 0666 less the umask, read without changing it where the
// kernel tells it (/proc/self/status, Linux 4.7 on); else by setting and restoring it.
mode_t file_mode() {
  std::FILE* status = std::fopen("/proc/self/status", "r");
  unsigned mask = 0;
  bool found = false;
  if (status != nullptr) {
    char line[256];
    while (!found && std::fgets(line, sizeof line, status) != nullptr)
      found = std::sscanf(line, "Umask: %o", &mask) == 1;
    std::fclose(status);
  }
  if (!found) {
    mask = ::umask(022);
    ::umask(static_cast<mode_t>(mask));
  }
  return static_cast<mode_t>(0666 & ~mask);
}

// This host's name and this process, in every hidden temporary's name: the sweep of leftovers
// removes only those of processes of this host that are gone, never a running one's.
std::string owner_tag() {
  char host[256] = {};
  if (::gethostname(host, sizeof host - 1) != 0 || host[0] == '\0') std::strcpy(host, "host");
  std::string tag;
  for (const char* c = host; *c != '\0'; ++c) tag += (*c == '.' || *c == '/') ? '_' : *c;
  return fmt::format("{}.{}", tag, ::getpid());
}

bool fsync_folder(const fs::path& folder) {
  int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0) return false;
  bool ok = ::fsync(dir) == 0 || errno == EINVAL;  // some filesystems cannot sync folders
  ::close(dir);
  return ok;
}

// Links the anonymous inode under a fresh hidden name; returns that name or empty on failure.
fs::path link_anonymous(int fd, const fs::path& target, int& error_number) {
  std::string proc = fmt::format("/proc/self/fd/{}", fd);
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path name = folder_of(target) / fmt::format("{}{}.{}.tmp", hidden_stem(target), owner_tag(), attempt);
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) return name;
    if (errno != EEXIST) break;
  }
  error_number = errno;
  return {};
}

}  // namespace

AtomicFile::AtomicFile(fs::path target, int fd, bool anonymous, fs::path hidden)
    : target_(std::move(target)), fd_(fd), anonymous_(anonymous), hidden_(std::move(hidden)) {}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : target_(std::move(other.target_)),
      fd_(other.fd_),
      anonymous_(other.anonymous_),
      hidden_(std::move(other.hidden_)),
      committed_(other.committed_) {
  other.fd_ = -1;
  other.hidden_.clear();
}

AtomicFile::~AtomicFile() { discard(); }

std::optional<AtomicFile> AtomicFile::open(const fs::path& target, diag::Diagnostics& diagnostics,
                                           Route route, Sweep sweep) {
  if (sweep == Sweep::this_name) remove_stale_temporaries(target);
  fs::path folder = folder_of(target);
  const mode_t mode = file_mode();
  int fd = -1;
  fs::path hidden;
  if (route == Route::automatic) {
    fd = ::open(folder.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, mode);
    const int first_error = errno;
    if (fd < 0 && (first_error == ENOENT || first_error == ENOTDIR || first_error == EACCES ||
                   first_error == EROFS)) {
      report(diagnostics, target, "目标目录不存在或不可写", "the folder is missing or not writable",
             first_error);
      return std::nullopt;
    }
  }
  if (fd < 0) {
    std::string pattern = (folder / (hidden_stem(target) + owner_tag() + ".XXXXXX.tmp")).string();
    fd = ::mkostemps(pattern.data(), 4, O_CLOEXEC);
    if (fd < 0) {
      report(diagnostics, target, "无法创建临时文件", "cannot create a temporary file", errno);
      return std::nullopt;
    }
    hidden = pattern;
  }
  AtomicFile file(target, fd, hidden.empty(), hidden);
  // mkostemps makes 0600 whatever the umask: the output gets what any new file would.
  if (::fchmod(fd, mode) != 0) {
    report(diagnostics, target, "无法设置文件权限", "cannot set the file's permissions", errno);
    return std::nullopt;
  }
  return file;
}

bool AtomicFile::write(std::string_view bytes, diag::Diagnostics& diagnostics) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      report(diagnostics, target_, "写入失败（磁盘已满？）", "write failed (disk full?)",
             n < 0 ? errno : EIO);
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

std::string AtomicFile::library_path() const {
  return anonymous_ ? fmt::format("/proc/self/fd/{}", fd_) : hidden_.string();
}

void AtomicFile::start_flush() {
  if (fd_ >= 0) ::sync_file_range(fd_, 0, 0, SYNC_FILE_RANGE_WRITE);  // a hint: commit() still fsyncs
}

bool AtomicFile::commit(diag::Diagnostics& diagnostics, FolderSync folder_sync) {
  if (fd_ < 0 || committed_) return committed_;
  if (::fsync(fd_) != 0) {
    report(diagnostics, target_, "无法写入磁盘", "cannot flush to disk", errno);
    return false;
  }
  if (anonymous_) {
    int error_number = 0;
    hidden_ = link_anonymous(fd_, target_, error_number);
    if (hidden_.empty()) {
      report(diagnostics, target_, "无法在目标目录中建立文件", "cannot link the file into the folder",
             error_number);
      return false;
    }
  }
  if (::rename(hidden_.c_str(), target_.c_str()) != 0) {
    report(diagnostics, target_, "无法替换为最终文件名", "cannot rename to the final name", errno);
    return false;
  }
  hidden_.clear();
  committed_ = true;
  ::close(fd_);
  fd_ = -1;
  if (folder_sync == FolderSync::now) sync_folder(folder_of(target_), target_, diagnostics);
  return true;
}

void sync_folder(const fs::path& folder, const fs::path& target, diag::Diagnostics& diagnostics) {
  if (fsync_folder(folder)) return;
  diagnostics.warning(target.string(), 0, 0, "output-not-synced",
                      fmt::format("输出文件 {} 已写出，但其所在目录未能同步到磁盘（{}）；断电时可能丢失",
                                  target.string(), reason_zh(errno)),
                      fmt::format("the output file {} is written, but its folder could not be synced to "
                                  "disk ({}); a power cut could lose it",
                                  target.string(), std::strerror(errno)));
}

void AtomicFile::discard() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!hidden_.empty()) ::unlink(hidden_.c_str());
  hidden_.clear();
}

bool write_file_atomically(const fs::path& target, std::string_view bytes, diag::Diagnostics& diagnostics) {
  auto file = AtomicFile::open(target, diagnostics);
  return file && file->write(bytes, diagnostics) && file->commit(diagnostics);
}

bool is_temporary_name_for(std::string_view file_name, std::string_view final_name) {
  std::string stem = "." + std::string(final_name) + ".";
  return file_name.size() > stem.size() + 4 && file_name.starts_with(stem) && file_name.ends_with(".tmp");
}

namespace {

// Whether the temporary `file_name` (of `final_name`) was left by a process of this host that
// no longer runs. A name of another host, or without an owner, is not judged: it stays.
bool owner_gone(std::string_view file_name, std::string_view final_name) {
  const std::string prefix = "." + std::string(final_name) + ".";
  std::string_view rest = file_name.substr(prefix.size());
  const std::string tag = owner_tag();
  const std::string host = tag.substr(0, tag.rfind('.') + 1);
  if (!rest.starts_with(host)) return false;
  rest.remove_prefix(host.size());
  long pid = 0;
  const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), pid);
  if (error != std::errc{} || end == rest.data() || *end != '.' || pid <= 0) return false;
  return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// Removes `entry` when it is a hidden temporary of `final_name` whose process is gone.
bool remove_if_stale(const fs::directory_entry& entry, const std::string& name, std::string_view final_name) {
  std::error_code ec;
  return is_temporary_name_for(name, final_name) && owner_gone(name, final_name) && entry.is_regular_file(ec) &&
         fs::remove(entry.path(), ec);
}

}  // namespace

std::size_t remove_stale_temporaries_in(const fs::path& folder) {
  const std::string tag = owner_tag();
  const std::string host = "." + tag.substr(0, tag.rfind('.') + 1);  // ".HOST."
  std::size_t removed = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    const std::size_t at = name.find(host, 1);
    if (name.front() != '.' || at == std::string::npos) continue;
    const std::string final_name = name.substr(1, at - 1);
    if (remove_if_stale(entry, name, final_name)) ++removed;
  }
  return removed;
}

std::size_t remove_stale_temporaries(const fs::path& target) {
  std::size_t removed = 0;
  std::error_code ec;
  std::string final_name = target.filename().string();
  for (const auto& entry : fs::directory_iterator(folder_of(target), ec)) {
    std::string name = entry.path().filename().string();
    if (remove_if_stale(entry, name, final_name)) ++removed;
  }
  return removed;
}

}  // namespace cr::output
