#include <doctest/doctest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "output/manifest.hpp"
#include "output/output_lock.hpp"
#include "output/sha256.hpp"

namespace fs = std::filesystem;
using namespace cr::output;

TEST_CASE("sha256 of known texts") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("a manifest keeps the campaign-wide report first, then units by id, and reads back") {
  Manifest m;
  m.tool_version = "1.0";
  m.campaign = "qy";
  m.put({"xh", "西河乡", "d2", true, {{"pdf", "西河乡.pdf", 10, "aa"}}, {}});
  m.put({"", "", "d0", false, {}, {{"w", "records.csv", "注意", 3, 1}}});
  m.put({"dg", "东关镇", "d1", false, {}, {}});
  m.put({"xh", "西河乡", "d3", false, {{"pdf", "西河乡.pdf", 11, "bb"}}, {}});  // replaces
  REQUIRE(m.reports.size() == 3);
  CHECK(m.reports[0].unit.empty());
  CHECK(m.reports[1].unit == "dg");
  CHECK(m.reports[2].inputs_digest == "d3");
  const auto back = Manifest::parse(m.to_json());
  REQUIRE(back);
  CHECK(back->to_json() == m.to_json());
  CHECK(back->find("xh")->outputs[0].size == 11);
  CHECK(back->reports[0].warnings[0].line == 3);
  CHECK_FALSE(Manifest::parse("{\"manifest\":2}"));
  CHECK_FALSE(Manifest::parse("not json"));
  CHECK(manifest_file_name(1, 3) == "manifest.shard-1-of-3.json");
  m.shard = 1;
  m.shards = 3;
  CHECK(Manifest::parse(m.to_json())->shards == 3);
}

TEST_CASE("a manifest's journal: its first line, then entries in order; a cut-short line ends it") {
  Manifest m;
  m.tool_version = "1.0";
  m.campaign = "qy";
  m.put({"dg", "东关镇", "d1", false, {{"pdf", "东关镇.pdf", 10, "aa"}}, {}});
  std::string journal = m.to_line();
  CHECK(journal.find('\n') == journal.size() - 1);  // one line
  journal += journal_line({"dg", "东关镇", "d2", true, {{"pdf", "东关镇.pdf", 12, "bb"}}, {}});
  journal += journal_line({"xh", "西河乡", "d3", true, {{"pdf", "西河乡.pdf", 13, "cc"}}, {}});
  journal += journal_line({"dg", "东关镇", "d2", false, {{"pdf", "东关镇.pdf", 12, "bb"}}, {}});
  const auto folded = fold_journal(journal);
  REQUIRE(folded);
  CHECK(folded->campaign == "qy");
  REQUIRE(folded->reports.size() == 2);
  CHECK_FALSE(folded->find("dg")->pending);  // the later line replaces the earlier
  CHECK(folded->find("dg")->outputs[0].sha256 == "bb");
  CHECK(folded->find("xh")->pending);
  // A kill in the middle of an append: the torn line and anything after it are not read.
  const std::string torn = journal + journal_line({"xh", "西河乡", "d3", false, {}, {}}).substr(0, 20);
  CHECK(fold_journal(torn)->find("xh")->pending);
  const std::string broken = m.to_line() + "{\"unit\":\"xh\"\n" + journal_line({"lj", "刘家村", "d", true, {}, {}});
  CHECK(fold_journal(broken)->find("lj") == nullptr);
  CHECK_FALSE(fold_journal(m.to_line().substr(0, 30)));  // no whole first line: no journal
  CHECK(journal_path("out/manifest.json") == fs::path("out/manifest.json.journal"));

  // read_manifest prefers the journal, and falls back to the file when the journal is not whole.
  const fs::path folder = fs::temp_directory_path() / ("cr-journal-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  const fs::path file = folder / "manifest.json";
  CHECK_FALSE(read_manifest(file));
  std::ofstream(file, std::ios::binary) << m.to_json();
  CHECK(read_manifest(file)->find("xh") == nullptr);
  std::ofstream(journal_path(file), std::ios::binary) << journal;
  CHECK(read_manifest(file)->find("xh") != nullptr);
  CHECK(manifest_files(folder) == std::vector<fs::path>{file});
  std::ofstream(journal_path(file), std::ios::binary) << m.to_line().substr(0, 30);
  CHECK(read_manifest(file)->find("xh") == nullptr);
  fs::remove(file);
  std::ofstream(folder / "manifest.shard-0-of-2.json.journal", std::ios::binary) << journal;  // a killed shard's
  CHECK(manifest_files(folder) == std::vector<fs::path>{file, folder / "manifest.shard-0-of-2.json"});
  fs::remove_all(folder);
}

TEST_CASE("a held lock names its holder; shared locks share; the lock goes with its holder") {
  const fs::path folder = fs::temp_directory_path() / ("cr-lock-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  LockHolder holder;
  int error = 0;
  {
    OutputLock first;
    REQUIRE(first.acquire(folder, OutputLock::Mode::exclusive, std::chrono::milliseconds(0), holder, error) ==
            OutputLock::Outcome::acquired);
    OutputLock second;
    const auto start = std::chrono::steady_clock::now();
    CHECK(second.acquire(folder, OutputLock::Mode::shared, std::chrono::milliseconds(200), holder, error) ==
          OutputLock::Outcome::held);
    CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(200));  // it waited
    CHECK(holder.pid == ::getpid());
    CHECK_FALSE(holder.started.empty());
  }
  OutputLock a, b;
  CHECK(a.acquire(folder, OutputLock::Mode::shared, std::chrono::milliseconds(0), holder, error) ==
        OutputLock::Outcome::acquired);
  CHECK(b.acquire(folder, OutputLock::Mode::shared, std::chrono::milliseconds(0), holder, error) ==
        OutputLock::Outcome::acquired);
  const fs::path file = report_lock_path(folder, "东关镇");
  CHECK(file.filename() == ".东关镇.lock");
  OutputLock c;
  CHECK(c.acquire(file, OutputLock::Mode::exclusive, std::chrono::milliseconds(0), holder, error) ==
        OutputLock::Outcome::acquired);
  CHECK(fs::exists(file));
  fs::remove_all(folder);
}
