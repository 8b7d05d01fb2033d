#include "output/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <fstream>
#include <sstream>
#include <thread>
#include <utility>

#include <fmt/format.h>

namespace cr::output {
namespace fs = std::filesystem;
namespace {

int open_for_lock(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  return ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
}

// The pid holding a flock on (device, inode), from /proc/locks: "1: FLOCK  ADVISORY  WRITE 1234
// 08:01:5678 0 EOF" (device numbers in hex). Lines with "->" are waiters, not holders.
long lock_holder_pid(const struct stat& file) {
  std::ifstream locks("/proc/locks");
  const std::string wanted = fmt::format("{:02x}:{:02x}:{}", major(file.st_dev), minor(file.st_dev), file.st_ino);
  std::string line;
  while (std::getline(locks, line)) {
    if (line.find("->") != std::string::npos || line.find("FLOCK") == std::string::npos) continue;
    std::istringstream fields(line);
    std::string number, kind, advisory, access, device;
    long pid = 0;
    if (fields >> number >> kind >> advisory >> access >> pid >> device && device == wanted) return pid;
  }
  return 0;
}

// When process `pid` started: its start in clock ticks after boot (/proc/PID/stat, field 22)
// plus the boot time (/proc/stat btime).
std::string start_time(long pid) {
  std::ifstream stat_file(fmt::format("/proc/{}/stat", pid));
  std::string stat_line;
  if (!std::getline(stat_file, stat_line)) return {};
  const auto after_name = stat_line.rfind(')');  // the command name may hold spaces
  if (after_name == std::string::npos) return {};
  std::istringstream fields(stat_line.substr(after_name + 2));
  std::string field;
  for (int i = 3; i < 22 && fields >> field; ++i) {
  }
  unsigned long long ticks = 0;
  if (!(fields >> ticks)) return {};
  std::ifstream system_stat("/proc/stat");
  std::string key;
  long long boot = 0;
  while (system_stat >> key)
    if (key == "btime" && system_stat >> boot) break;
  if (boot == 0) return {};
  const std::time_t started = static_cast<std::time_t>(boot + static_cast<long long>(ticks / ::sysconf(_SC_CLK_TCK)));
  std::tm local{};
  ::localtime_r(&started, &local);
  char text[64];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S %z", &local);
  return text;
}

}  // namespace

OutputLock::OutputLock(OutputLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

OutputLock& OutputLock::operator=(OutputLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

OutputLock::~OutputLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

OutputLock::Outcome OutputLock::acquire(const fs::path& path, Mode mode, std::chrono::milliseconds wait,
                                        LockHolder& holder, int& error_number) {
  const int fd = open_for_lock(path);
  if (fd < 0) {
    error_number = errno;
    return Outcome::failed;
  }
  const int operation = (mode == Mode::exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
  const auto deadline = std::chrono::steady_clock::now() + wait;
  while (::flock(fd, operation) != 0) {
    if (errno == EINTR) continue;
    if (errno != EWOULDBLOCK) {
      error_number = errno;
      ::close(fd);
      return Outcome::failed;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      struct stat file {};
      if (::fstat(fd, &file) == 0) holder.pid = lock_holder_pid(file);
      if (holder.pid > 0) holder.started = start_time(holder.pid);
      ::close(fd);
      return Outcome::held;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (fd_ >= 0) ::close(fd_);
  fd_ = fd;
  return Outcome::acquired;
}

fs::path report_lock_path(const fs::path& folder, const std::string& stem) {
  return folder / ("." + stem + ".lock");
}

}  // namespace cr::output
