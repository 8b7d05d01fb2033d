#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "output/atomic_file.hpp"

namespace fs = std::filesystem;
using cr::output::AtomicFile;

namespace {

fs::path fresh_folder(const std::string& name) {
  fs::path folder = fs::temp_directory_path() / ("cr-output-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

std::string read_all(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t entries(const fs::path& folder) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

// Runs `write` in a child process and kills it with SIGKILL where `write` calls the `killed_here`
// it is given (its files still open); returns the child's wait status.
using KilledHere = std::function<void()>;
int kill_during(const std::function<void(cr::diag::Diagnostics&, const KilledHere&)>& write) {
  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    cr::diag::Diagnostics d;
    write(d, [&] {
      ssize_t ignored = ::write(ready[1], "k", 1);
      (void)ignored;
      ::pause();
    });
    ::_exit(0);  // never signalled ready: the parent's read fails
  }
  ::close(ready[1]);  // so that the read ends if the child exits without signalling
  char signal_byte = 0;
  const bool signalled = ::read(ready[0], &signal_byte, 1) == 1;
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  ::close(ready[0]);
  REQUIRE(signalled);
  return status;
}

}  // namespace

TEST_CASE("a committed file holds the bytes and nothing else is left in the folder") {
  fs::path folder = fresh_folder("commit");
  cr::diag::Diagnostics diagnostics;
  REQUIRE(cr::output::write_file_atomically(folder / "报告.pdf", "第一版", diagnostics));
  CHECK(read_all(folder / "报告.pdf") == "第一版");
  REQUIRE(cr::output::write_file_atomically(folder / "报告.pdf", "第二版", diagnostics));
  CHECK(read_all(folder / "报告.pdf") == "第二版");
  CHECK(entries(folder) == 1);
  CHECK(diagnostics.empty());
  fs::remove_all(folder);
}

TEST_CASE("an abandoned file leaves the previous one intact and no temporary") {
  fs::path folder = fresh_folder("abandon");
  cr::diag::Diagnostics diagnostics;
  REQUIRE(cr::output::write_file_atomically(folder / "a.xlsx", "good", diagnostics));
  {
    auto file = AtomicFile::open(folder / "a.xlsx", diagnostics);
    REQUIRE(file);
    REQUIRE(file->write("half", diagnostics));
  }
  CHECK(read_all(folder / "a.xlsx") == "good");
  CHECK(entries(folder) == 1);
  fs::remove_all(folder);
}

TEST_CASE("a library can write through library_path before the commit") {
  fs::path folder = fresh_folder("library");
  cr::diag::Diagnostics diagnostics;
  auto file = AtomicFile::open(folder / "w.xlsx", diagnostics);
  REQUIRE(file);
  {
    std::ofstream out(file->library_path(), std::ios::binary | std::ios::trunc);
    out << "by name";
  }
  CHECK_FALSE(fs::exists(folder / "w.xlsx"));
  REQUIRE(file->commit(diagnostics));
  CHECK(read_all(folder / "w.xlsx") == "by name");
  fs::remove_all(folder);
}

TEST_CASE("a missing folder is a diagnostic, not an exception") {
  cr::diag::Diagnostics diagnostics;
  CHECK_FALSE(cr::output::write_file_atomically("/nonexistent-folder-of-cr/x.pdf", "x", diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.items()[0].code == "output-not-writable");
  CHECK(diagnostics.items()[0].message_zh.find("原有文件保持不变") != std::string::npos);
}

TEST_CASE("hidden temporaries are recognised by their final name; one with no owner is left alone") {
  CHECK(cr::output::is_temporary_name_for(".r.pdf.Ab12Cd.tmp", "r.pdf"));
  CHECK_FALSE(cr::output::is_temporary_name_for(".r.pdf.tmp", "r.pdf"));
  CHECK_FALSE(cr::output::is_temporary_name_for(".other.pdf.Ab12Cd.tmp", "r.pdf"));
  CHECK_FALSE(cr::output::is_temporary_name_for("r.pdf", "r.pdf"));
  fs::path folder = fresh_folder("stale");
  // Neither names a process of this host that is gone: whose they are cannot be told.
  std::ofstream(folder / ".r.pdf.Ab12Cd.tmp") << "of an unknown run";
  std::ofstream(folder / ".r.pdf.otherhost.1.Ab12Cd.tmp") << "of a run on another host";
  std::ofstream(folder / ".other.pdf.Ab12Cd.tmp") << "someone else's";
  CHECK(cr::output::remove_stale_temporaries(folder / "r.pdf") == 0);
  CHECK(entries(folder) == 3);
  fs::remove_all(folder);
}

TEST_CASE("a running run's temporary, linked but not yet renamed, is never swept by another run") {
  fs::path folder = fresh_folder("running");
  cr::diag::Diagnostics diagnostics;
  auto first = AtomicFile::open(folder / "r.pdf", diagnostics, AtomicFile::Route::hidden_file);
  REQUIRE(first);
  REQUIRE(first->write("first", diagnostics));
  // A second run for the same name sweeps leftovers before it writes.
  REQUIRE(cr::output::write_file_atomically(folder / "r.pdf", "second", diagnostics));
  CHECK(fs::exists(first->library_path()));
  REQUIRE(first->commit(diagnostics));
  CHECK(read_all(folder / "r.pdf") == "first");
  CHECK(entries(folder) == 1);
  fs::remove_all(folder);
}

TEST_CASE("an output gets the mode of any new file: 0666 less the umask") {
  fs::path folder = fresh_folder("umask");
  cr::diag::Diagnostics diagnostics;
  const mode_t before = ::umask(077);
  const bool written = cr::output::write_file_atomically(folder / "private.pdf", "x", diagnostics);
  auto file = AtomicFile::open(folder / "hidden.pdf", diagnostics, AtomicFile::Route::hidden_file);
  const bool hidden_written = file && file->write("y", diagnostics) && file->commit(diagnostics);
  ::umask(022);
  const bool open_written = cr::output::write_file_atomically(folder / "shared.pdf", "z", diagnostics);
  ::umask(before);
  REQUIRE(written);
  REQUIRE(hidden_written);
  REQUIRE(open_written);
  const auto mode = [&](const char* name) { return fs::status(folder / name).permissions() & fs::perms::all; };
  CHECK(mode("private.pdf") == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(mode("hidden.pdf") == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(mode("shared.pdf") == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                               fs::perms::others_read));
  fs::remove_all(folder);
}

TEST_CASE("SIGKILL while writing leaves the previous file intact and nothing under the final name") {
  fs::path folder = fresh_folder("kill");
  cr::diag::Diagnostics diagnostics;
  REQUIRE(cr::output::write_file_atomically(folder / "old.pdf", "previous", diagnostics));
  const int status = kill_during([&](cr::diag::Diagnostics& d, const KilledHere& killed_here) {
    auto a = AtomicFile::open(folder / "old.pdf", d);
    auto b = AtomicFile::open(folder / "new.pdf", d);
    if (a && b && a->write(std::string(1 << 20, 'x'), d) && b->write("partial", d)) killed_here();
  });
  CHECK(WIFSIGNALED(status));
  CHECK(read_all(folder / "old.pdf") == "previous");
  CHECK_FALSE(fs::exists(folder / "new.pdf"));
  // Whatever a fallback filesystem left behind is hidden and removed by the next run.
  REQUIRE(cr::output::write_file_atomically(folder / "new.pdf", "complete", diagnostics));
  cr::output::remove_stale_temporaries(folder / "old.pdf");
  CHECK(entries(folder) == 2);
  fs::remove_all(folder);
}

TEST_CASE("where O_TMPFILE is missing, a hidden temporary beside the target does the same job") {
  fs::path folder = fresh_folder("hidden");
  cr::diag::Diagnostics diagnostics;
  REQUIRE(cr::output::write_file_atomically(folder / "r.pdf", "previous", diagnostics));
  {
    auto file = AtomicFile::open(folder / "r.pdf", diagnostics, AtomicFile::Route::hidden_file);
    REQUIRE(file);
    CHECK_FALSE(file->anonymous());
    fs::path hidden = file->library_path();
    CHECK(cr::output::is_temporary_name_for(hidden.filename().string(), "r.pdf"));
    CHECK(hidden.parent_path() == folder);
    REQUIRE(file->write("new", diagnostics));
    CHECK(read_all(folder / "r.pdf") == "previous");
    REQUIRE(file->commit(diagnostics));
    CHECK_FALSE(fs::exists(hidden));
  }
  CHECK(read_all(folder / "r.pdf") == "new");
  CHECK(entries(folder) == 1);
  fs::remove_all(folder);
}

TEST_CASE("a killed run's hidden temporary is removed by the next run for that name") {
  fs::path folder = fresh_folder("hidden-kill");
  cr::diag::Diagnostics diagnostics;
  REQUIRE(cr::output::write_file_atomically(folder / "r.pdf", "previous", diagnostics));
  kill_during([&](cr::diag::Diagnostics& d, const KilledHere& killed_here) {
    auto file = AtomicFile::open(folder / "r.pdf", d, AtomicFile::Route::hidden_file);
    if (file && file->write("half", d)) killed_here();
  });
  CHECK(read_all(folder / "r.pdf") == "previous");
  CHECK(entries(folder) == 2);  // the final file and the hidden leftover
  REQUIRE(cr::output::write_file_atomically(folder / "r.pdf", "next", diagnostics));
  CHECK(read_all(folder / "r.pdf") == "next");
  CHECK(entries(folder) == 1);
  fs::remove_all(folder);
}

TEST_CASE("this filesystem offers O_TMPFILE, so the automatic route leaves no name at all") {
  fs::path folder = fresh_folder("anonymous");
  cr::diag::Diagnostics diagnostics;
  auto file = AtomicFile::open(folder / "a.pdf", diagnostics);
  REQUIRE(file);
  if (file->anonymous()) {
    CHECK(file->library_path().starts_with("/proc/self/fd/"));
    CHECK(entries(folder) == 0);
  }
  fs::remove_all(folder);
}

TEST_CASE("a run's sweep of its folder removes the leftovers of every name there, and only those") {
  fs::path folder = fresh_folder("sweep");
  const int status = kill_during([&](cr::diag::Diagnostics& d, const KilledHere& killed_here) {
    auto a = AtomicFile::open(folder / "a.v1.pdf", d, AtomicFile::Route::hidden_file);
    auto b = AtomicFile::open(folder / "东关镇.xlsx", d, AtomicFile::Route::hidden_file);
    if (a && b && a->write("a", d) && b->write("b", d)) killed_here();
  });
  CHECK(WIFSIGNALED(status));
  std::ofstream(folder / ".a.v1.pdf.otherhost.1.Ab12Cd.tmp") << "of a run on another host";
  CHECK(entries(folder) == 3);
  CHECK(cr::output::remove_stale_temporaries_in(folder) == 2);
  CHECK(entries(folder) == 1);  // another host's is not judged
  fs::remove_all(folder);
}
