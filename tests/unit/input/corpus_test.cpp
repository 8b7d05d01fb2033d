// Every case of tests/corpus loaded in-process: the diagnostics must be exactly those of its
// expect.txt, and for valid variants every record must have the listed indicator, unit,
// period, value and qualifier (the end-to-end test checks the same cases through the CLI).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "input/campaign_loader.hpp"

using namespace cr;
namespace fs = std::filesystem;

namespace {

struct Expectation {
  int exit_code = -1;
  std::vector<std::string> diagnostics;  // "error records.csv 3 4 bad-number"
  std::vector<std::string> records;      // "3 peixun t1 2015-03 10000 近"
  bool report_stage = false;             // "stage report": found when the report is set, not here
};

Expectation read_expectation(const fs::path& file) {
  Expectation e;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string first;
    if (!(words >> first) || first.starts_with("#") || first == "strict-exit") continue;
    std::string rest;
    std::getline(words, rest);
    rest = rest.substr(rest.find_first_not_of(' ') == std::string::npos ? 0 : rest.find_first_not_of(' '));
    if (first == "stage")
      e.report_stage = rest == "report";
    else if (first == "exit")
      e.exit_code = std::stoi(rest);
    else if (first == "record")
      e.records.push_back(rest);
    else
      e.diagnostics.push_back(first + " " + rest);
  }
  return e;
}

std::string describe(const diag::Diagnostic& d) {
  return std::string(d.severity == diag::Severity::error ? "error" : "warning") + " " +
         (d.file.empty() ? "-" : d.file) + " " + std::to_string(d.line) + " " + std::to_string(d.column) +
         " " + d.code;
}

std::string describe(const model::Campaign& c, const model::Record& r) {
  const auto* unit = c.unit_of(r);
  const std::string period = r.period.canonical();
  const auto word = model::word_of(r.qualifier);
  return std::to_string(r.line) + " " + c.indicator_of(r).id + " " + (unit ? unit->id : "-") + " " +
         (period.empty() ? "-" : period) + " " + r.value.value().normalized().to_string() + " " +
         (word.empty() ? "-" : std::string(word));
}

std::vector<fs::path> cases() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(fs::path(CR_SOURCE_DIR) / "tests" / "corpus"))
    if (fs::exists(entry.path() / "expect.txt")) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("the corpus loads as its expectations say") {
  const auto all = cases();
  CHECK(all.size() >= 32);
  for (const fs::path& c : all) {
    CAPTURE(c.filename().string());
    const Expectation e = read_expectation(c / "expect.txt");
    if (e.report_stage) continue;  // the loader passes it; the end-to-end tests check the rest
    diag::Diagnostics diagnostics;
    const auto campaign = input::load_campaign(c / "campaign", diagnostics);
    std::vector<std::string> found;
    for (const auto& d : diagnostics.sorted()) found.push_back(describe(d));
    std::vector<std::string> expected = e.diagnostics;
    std::sort(found.begin(), found.end());
    std::sort(expected.begin(), expected.end());
    CHECK(found == expected);
    CHECK((diagnostics.failed(false) ? 1 : 0) == e.exit_code);
    if (e.records.empty()) continue;
    REQUIRE(campaign);
    std::vector<std::string> records;
    for (const auto& r : campaign->records) records.push_back(describe(*campaign, r));
    CHECK(records == e.records);
  }
}
