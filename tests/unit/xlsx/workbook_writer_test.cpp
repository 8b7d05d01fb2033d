#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <unistd.h>

#include "small_campaign.hpp"
#include "output/document_date.hpp"
#include "xlsx/detail_layout.hpp"
#include "xlsx/properties.hpp"
#include "xlsx/sheet_writer.hpp"
#include "xlsx/workbook_context.hpp"
#include "xlsx/workbook_writer.hpp"

namespace fs = std::filesystem;
using namespace cr;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// A folder of this test run, removed when the tests end.
struct ScratchFolder {
  fs::path path = fs::temp_directory_path() / ("cr-xlsx-unit-" + std::to_string(::getpid()));
  ScratchFolder() { fs::create_directories(path); }
  ~ScratchFolder() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

fs::path scratch(const std::string& name) {
  static ScratchFolder folder;
  return folder.path / name;
}

}  // namespace

TEST_CASE("数据截至: [report] as_of, else the latest period's end, else the campaign's end") {
  model::Campaign campaign = xlsx::testing::small_campaign();
  CHECK(output::data_as_of(campaign) == model::Date(2016, 12, 31));
  campaign.report.as_of = model::Date(2016, 11, 21);
  CHECK(output::data_as_of(campaign) == model::Date(2016, 11, 21));
  campaign.report.as_of.reset();
  campaign.records.resize(1);  // only the whole-campaign record is left
  CHECK(output::data_as_of(campaign) == model::Date(2016, 3, 31));
}

TEST_CASE("both outputs' time stamp: SOURCE_DATE_EPOCH, else China's midnight of the issue date") {
  model::Campaign campaign = xlsx::testing::small_campaign();
  CHECK(output::document_time(campaign, 1479686400) == 1479686400);
  campaign.published = model::Date(2016, 11, 21);
  CHECK(output::document_date(campaign) == model::Date(2016, 11, 21));
  CHECK(output::document_time(campaign, std::nullopt) == 1479686400 - 8 * 3600);  // 00:00 UTC+8
  campaign.published.reset();
  CHECK(output::document_date(campaign) == campaign.end);
  CHECK(output::document_time(campaign, std::nullopt) == campaign.end.days_since_epoch() * 86400L - 8 * 3600);
  xlsx::DocumentProperties properties;
  xlsx::fill_document_properties(properties, campaign, std::nullopt);
  CHECK(properties.fields.created == output::document_time(campaign, std::nullopt));
}

TEST_CASE("formulas reach 明细 through absolute, quoted ranges") {
  CHECK(xlsx::detail::column_range("明细", xlsx::detail::value, 1000) == "'明细'!$F$4:$F$1003");
  CHECK(xlsx::detail::column_range("明细", xlsx::detail::indicator_id, 0) == "'明细'!$A$4:$A$4");
  CHECK(xlsx::sheet_reference("It's") == "'It''s'!");
}

TEST_CASE("two writes of the same campaign are byte-identical, in both memory modes") {
  const model::Campaign campaign = xlsx::testing::small_campaign();
  for (std::size_t threshold : {std::size_t{100000}, std::size_t{0}}) {
    CAPTURE(threshold);
    xlsx::WorkbookSettings settings;
    settings.constant_memory_threshold = threshold;
    diag::Diagnostics diagnostics;
    const fs::path a = scratch("a.xlsx"), b = scratch("b.xlsx");
    REQUIRE(xlsx::write_workbook(campaign, a.string(), settings, diagnostics));
    REQUIRE(xlsx::write_workbook(campaign, b.string(), settings, diagnostics));
    CHECK(diagnostics.empty());
    const std::string bytes = slurp(a);
    CHECK(bytes.starts_with("PK"));
    CHECK(bytes == slurp(b));
  }
}

TEST_CASE("a workbook that cannot be created is a diagnostic, not a crash") {
  const model::Campaign campaign = xlsx::testing::small_campaign();
  diag::Diagnostics diagnostics;
  CHECK_FALSE(xlsx::write_workbook(campaign, "/nonexistent-folder/x.xlsx", {}, diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.items()[0].code == "xlsx-write-failed");
  CHECK(diagnostics.items()[0].message_zh.find("/nonexistent-folder/x.xlsx") != std::string::npos);
}

TEST_CASE("writing above an earlier row in constant-memory mode is caught, not lost silently") {
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  const fs::path file = scratch("order.xlsx");
  lxw_workbook* workbook = workbook_new_opt(file.string().c_str(), &options);
  REQUIRE(workbook != nullptr);
  const model::Campaign campaign = xlsx::testing::small_campaign();
  const stats::Statistics statistics(campaign);
  xlsx::WorkbookContext context(campaign, statistics, statistics, workbook, true);
  xlsx::SheetWriter* sheet = context.add_sheet("明细");
  REQUIRE(sheet != nullptr);
  sheet->text(5, 0, "下", nullptr);
  CHECK(sheet->error() == LXW_NO_ERROR);
  sheet->text(2, 0, "上", nullptr);
  CHECK(sheet->error() != LXW_NO_ERROR);
  CHECK(sheet->error_place() == "明细!A3");
  workbook_close(workbook);
}

TEST_CASE("more records than a sheet holds is a diagnostic before anything is written") {
  model::Campaign campaign = xlsx::testing::small_campaign();
  campaign.records.resize(xlsx::max_detail_records + 1, campaign.records[1]);
  diag::Diagnostics diagnostics;
  const fs::path file = scratch("too-many.xlsx");
  CHECK_FALSE(xlsx::write_workbook(campaign, file.string(), {}, diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.items()[0].code == "xlsx-too-many-records");
  CHECK_FALSE(fs::exists(file));
}
