#include <doctest/doctest.h>

#include "campaign_fixture.hpp"
#include "report/placeholder_engine.hpp"

using namespace cr;
using namespace cr::report;

namespace {

struct Engine {
  model::Campaign campaign = test::sample_campaign();
  stats::Statistics stats{campaign};
  PlaceholderEngine engine{stats};
  diag::Diagnostics diagnostics;

  std::string fill(std::string_view inner) {
    auto text = engine.fill(inner, {"narrative/x.md", 3, 5}, diagnostics);
    return text.value_or("<none>");
  }
  // The one diagnostic that `inner` gives.
  diag::Diagnostic failure(std::string_view inner) {
    diag::Diagnostics d;
    CHECK_FALSE(engine.fill(inner, {"narrative/x.md", 3, 5}, d));
    REQUIRE(d.items().size() == 1);
    return d.items()[0];
  }
};

}  // namespace

TEST_CASE("figures in official wording, by period and unit") {
  Engine e;
  CHECK(e.fill("population") == "30.6万人");
  CHECK(e.fill("lectures") == "10余场");
  CHECK(e.fill("trainees") == "9000人次");
  CHECK(e.fill("trainees@2015") == "5000人次");
  CHECK(e.fill("subsidy@2014") == "15940元");
  CHECK(e.fill("visits") == "1000人");
  CHECK(e.fill("visits[t1]") == "300人");
  CHECK(e.fill("visits[t2]@2015") == "700人");
  CHECK(e.fill("visits@2015[t1]") == "300人");
  CHECK(e.diagnostics.empty());
}

TEST_CASE("filters") {
  Engine e;
  CHECK(e.fill("items") == "两项");
  CHECK(e.fill("trainees|万") == "0.9万人次");
  CHECK(e.fill("population|数值") == "30.6万");
  CHECK(e.fill("lectures|数值") == "10");
  CHECK(e.fill("trainees@2015|同比") == "比上年增长25%");
  CHECK(e.fill("satisfaction@2015|百分点") == "比上年提高14.75个百分点");
  CHECK(e.fill("satisfaction@2015|同比") == "比上年提高14.75个百分点");  // a rate grows in points
  CHECK(e.fill("visits[t1]|百分比") == "30%");
  CHECK(e.fill("trainees@2014|百分比") == "44.4%");
  CHECK(e.fill("campaign.published|日期") == "2016年11月21日");
  CHECK(e.fill("campaign.start") == "2014年10月1日");
  CHECK(e.fill("campaign.editors") == "秦华、黄瑾");
  CHECK(e.diagnostics.empty());
}

TEST_CASE("a report is dated by its publication, else by the campaign's end") {
  Engine e;
  CHECK(e.fill("report.date") == "2016年11月21日");
  model::Campaign unpublished = test::sample_campaign();
  unpublished.published.reset();
  stats::Statistics stats{unpublished};
  PlaceholderEngine engine{stats};
  diag::Diagnostics d;
  CHECK(engine.fill("report.date|日期", {"t", 1, 1}, d) == std::optional<std::string>("2016年3月31日"));
  CHECK(d.empty());
}

TEST_CASE("template fields") {
  Engine e;
  e.engine.set_field("program.name", "素质提升工程");
  CHECK(e.fill("program.name") == "素质提升工程");
  CHECK(e.failure("program.id").code == "unknown-field");
}

TEST_CASE("what cannot be filled is an error at the offending part") {
  Engine e;
  auto unknown = e.failure("trainee");
  CHECK(unknown.code == "unknown-indicator");
  CHECK(unknown.file == "narrative/x.md");
  CHECK(unknown.line == 3);
  CHECK(unknown.column == 5);
  CHECK(unknown.message_zh.find("trainees") != std::string::npos);  // the hint
  auto unit = e.failure("visits[t9]");
  CHECK(unit.code == "unknown-unit");
  CHECK(unit.column == 12);
  auto period = e.failure("trainees@2013");
  CHECK(period.code == "no-figure");
  CHECK(period.column == 14);
  auto filter = e.failure("trainees|千");
  CHECK(filter.code == "unknown-filter");
  CHECK(filter.column == 14);
  CHECK(e.failure("trainees@2014|同比").code == "no-comparison");  // no 2013 base
  CHECK(e.failure("trainees|同比").code == "missing-period");
  CHECK(e.failure("trainees@2015|百分点").code == "filter-not-applicable");
  CHECK(e.failure("lectures|百分比").code == "missing-selection");
  CHECK(e.failure("satisfaction@2015|百分比").code == "filter-not-applicable");
  CHECK(e.failure("trainees|日期").code == "filter-not-applicable");
  CHECK(e.failure("trainees|万|亿").code == "conflicting-filters");
  CHECK(e.failure("campaign.region").code == "empty-field");
  CHECK(e.failure("campaign.title@2015").code == "bad-placeholder");
}

TEST_CASE("a resolver fills a narrative; failures leave the placeholder as written") {
  Engine e;
  auto blocks = parse_narrative("共{{trainees}}，另{{nobody}}。", "narrative/x.md", e.diagnostics,
                                e.engine.resolver(e.diagnostics));
  REQUIRE(blocks.size() == 1);
  CHECK(plain_text(std::get<Paragraph>(blocks[0])) == "共9000人次，另{{nobody}}。");
  REQUIRE(e.diagnostics.items().size() == 1);
  CHECK(e.diagnostics.items()[0].column == 18);
}

TEST_CASE("random narratives of markup fragments never break the parser or the engine") {
  Engine e;
  const std::vector<std::string> pool{"{{", "}}",   "**",   "- ", "\n",        "\n\n", "　", "中",
                                      "a",  " ",    "# ",   "|",  "@",         "[",    "]",  "trainees",
                                      "t1", "2015", "同比", "万", "campaign.", "𠮷",   "．"};
  std::uint32_t state = 7;  // a fixed sequence: the same texts every run
  auto next = [&state](std::size_t bound) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % bound;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (std::size_t i = 0, n = next(40); i < n; ++i) text += pool[next(pool.size())];
    diag::Diagnostics d;
    auto blocks = parse_narrative(text, "narrative/x.md", d, e.engine.resolver(d));
    for (const auto& item : d.items()) {
      CHECK(item.line >= 1);
      CHECK(item.column >= 1);
      CHECK_FALSE(item.message_zh.empty());
    }
    for (const auto& block : blocks) {
      if (const auto* p = std::get_if<Paragraph>(&block)) CHECK_FALSE(p->runs.empty());
    }
  }
}

TEST_CASE("no change reads 与上年持平; a quarter compares with the same quarter a year before") {
  Engine e;
  using model::Period;
  e.campaign.records.push_back(test::record(e.campaign, "trainees", "100", Period::quarter(2014, 4)));
  e.campaign.records.push_back(test::record(e.campaign, "trainees", "80", Period::quarter(2015, 4)));
  e.campaign.records.push_back(test::record(e.campaign, "lectures", "3", Period::year(2014)));
  e.campaign.records.push_back(test::record(e.campaign, "lectures", "3", Period::year(2015)));
  stats::Statistics stats(e.campaign);
  PlaceholderEngine engine(stats);
  diag::Diagnostics d;
  CHECK(engine.fill("trainees@2015-Q4|同比", {"n.md", 1, 1}, d) == "比上年同期下降20%");
  CHECK(engine.fill("lectures@2015|同比", {"n.md", 1, 1}, d) == "与上年持平");
  CHECK(d.empty());
}

namespace {

// 东乡 (t1) with its villages 东村 (v1) and 西村 (v2); two villages elsewhere share the name 新村.
model::Campaign visits_2025() {
  model::Campaign c;
  c.id = "visits";
  c.start = model::Date(2025, 1, 1);
  c.end = model::Date(2025, 12, 31);
  model::Indicator visits;
  visits.id = "zoufang_hu", visits.name = "走访农户", visits.unit = "户";
  c.indicators = {visits};
  c.units = {{"t1", "东乡", "乡镇", "", {}},
             {"v1", "东村", "村", "t1", {}},
             {"v2", "西村", "村", "t1", {}},
             {"n1", "新村", "村", "", {}},
             {"n2", "新村", "村", "", {}}};
  using model::Period;
  c.records = {test::record(c, "zoufang_hu", "8", Period::month(2025, 2), "v1"),
               test::record(c, "zoufang_hu", "12", Period::month(2025, 3), "v1"),
               test::record(c, "zoufang_hu", "5", Period::month(2025, 4), "v2"),
               test::record(c, "zoufang_hu", "30", Period::month(2025, 9), "n1")};
  return c;
}

struct VisitsEngine {
  model::Campaign campaign = visits_2025();
  stats::Statistics stats{campaign};
  PlaceholderEngine engine{stats};
  diag::Diagnostics diagnostics;

  std::string fill(std::string_view inner) {
    return engine.fill(inner, {"narrative/x.md", 1, 1}, diagnostics).value_or("<none>");
  }
};

}  // namespace

TEST_CASE("a unit by id or by name, as records.csv takes it") {
  VisitsEngine e;
  CHECK(e.fill("zoufang_hu[东村]") == "20户");
  CHECK(e.fill("zoufang_hu[v1]") == "20户");
  CHECK(e.fill("zoufang_hu[东乡]") == "25户");  // rolled up its villages
  CHECK(e.fill("zoufang_hu［东村］@2025年3月") == "12户");
  CHECK(e.fill("zoufang_hu[ 西村 ]") == "5户");
  CHECK(e.diagnostics.empty());

  diag::Diagnostics d;
  CHECK_FALSE(e.engine.fill("zoufang_hu[新村]", {"narrative/x.md", 1, 1}, d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].code == "unknown-unit");
  CHECK(d.items()[0].column == 12);
  CHECK(d.items()[0].message_zh.find("有 2 个单位名为“新村”，请写单位编码") != std::string::npos);
  diag::Diagnostics unknown;
  CHECK_FALSE(e.engine.fill("zoufang_hu[北村]", {"narrative/x.md", 1, 1}, unknown));
  REQUIRE(unknown.items().size() == 1);
  CHECK(unknown.items()[0].message_zh.find("没有此编码或名称") != std::string::npos);
}

TEST_CASE("every period form of records.csv works after @") {
  VisitsEngine e;
  for (const char* march : {"2025年3月", "2025/3", "2025-03", "2025-3", "2025.3", "Mar-25"})
    CHECK_MESSAGE(e.fill(std::string("zoufang_hu@") + march) == "12户", march);
  for (const char* first_quarter :
       {"2025-Q1", "2025Q1", "2025年一季度", "2025年第一季度", "2025年第1季度", "2025年一季"})
    CHECK_MESSAGE(e.fill(std::string("zoufang_hu@") + first_quarter) == "20户", first_quarter);
  CHECK(e.fill("zoufang_hu@2025年") == "55户");
  CHECK(e.fill("zoufang_hu@2025年上半年") == "25户");
  CHECK(e.fill("zoufang_hu@2025年1-3月") == "20户");
  CHECK(e.fill("zoufang_hu@2025-02/2025-04") == "25户");
  CHECK(e.fill("zoufang_hu@2025年2月至2025年3月") == "20户");
  CHECK(e.fill("zoufang_hu[东村]@２０２５年３月") == "12户");  // full-width digits, as typed
  CHECK(e.diagnostics.empty());

  diag::Diagnostics d;
  CHECK_FALSE(e.engine.fill("zoufang_hu@2025年13月", {"narrative/x.md", 1, 1}, d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].code == "bad-placeholder");
  CHECK(d.items()[0].message_zh.find("写法与 records.csv 的时期相同") != std::string::npos);
}
