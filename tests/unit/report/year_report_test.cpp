// The year-end report's wording and tables: the year's figures, compared with the year before.
#include <doctest/doctest.h>

#include "campaign_fixture.hpp"
#include "report/placeholder_engine.hpp"
#include "report/year_tables.hpp"
#include "stats/report_year.hpp"

using namespace cr;
using namespace cr::report;
using model::Period;

namespace {

// The fixture's campaign with a few more figures: a fall, no change, a missing base, and a count
// by month for the part of a year.
model::Campaign year_campaign() {
  model::Campaign c = test::sample_campaign();
  model::Indicator members{
      "members", "新发展党员", "人", "quality", model::Aggregate::sum, model::Wording::as_written, "", {}};
  model::Indicator cases{
      "cases", "办理事项", "件", "livelihood", model::Aggregate::sum, model::Wording::as_written, "", {}};
  c.indicators.push_back(members);
  c.indicators.push_back(cases);
  c.records.push_back(test::record(c, "visits", "1200", Period::year(2014), "t2"));  // 2015: 1000
  c.records.push_back(test::record(c, "items", "5", Period::year(2014)));
  c.records.push_back(test::record(c, "items", "3", Period::year(2015)));  // and the campaign's 2: 5
  c.records.push_back(test::record(c, "members", "120", Period::year(2015)));  // no 2014 figure
  c.records.push_back(test::record(c, "cases", "40", Period::month(2014, 3)));
  c.records.push_back(test::record(c, "cases", "99", Period::month(2014, 11)));
  c.records.push_back(test::record(c, "cases", "30", Period::month(2015, 2)));
  c.records.push_back(test::record(c, "cases", "20", Period::month(2015, 8)));
  return c;
}

struct YearEngine {
  model::Campaign campaign;
  stats::Statistics stats{campaign};
  PlaceholderEngine engine{stats};
  diag::Diagnostics diagnostics;

  explicit YearEngine(model::Campaign c) : campaign(std::move(c)) {
    engine.set_report_year(stats::report_year(campaign, stats::chosen_year(campaign)));
  }
  std::string fill(std::string_view inner) {
    return engine.fill(inner, {"narrative/x.md", 1, 1}, diagnostics).value_or("<none>");
  }
};

model::Campaign ending(model::Campaign c, model::Date end) {
  c.end = end;
  c.report.year = end.year;
  return c;
}

}  // namespace

TEST_CASE("a year-end report's figures are the year's, its comparisons with the year before") {
  YearEngine e(ending(year_campaign(), {2015, 12, 31}));
  CHECK(e.fill("report.period") == "2015年");
  CHECK(e.fill("trainees") == "5000人次");  // not the campaign's 9000
  CHECK(e.fill("trainees|同比") == "比上年增长25%");
  CHECK(e.fill("trainees|含同比") == "5000人次，比上年增长25%");
  CHECK(e.fill("visits|含同比") == "1000人，比上年下降16.7%");
  CHECK(e.fill("items|含同比") == "五项，与上年持平");
  CHECK(e.fill("satisfaction|含同比") == "93.25%，比上年提高14.75个百分点");
  CHECK(e.fill("subsidy|由到") == "由15940元提高到20940元");
  CHECK(e.fill("trainees@2014") == "4000人次");  // an explicit period still wins
  CHECK(e.diagnostics.empty());
}

TEST_CASE("where the base is missing, the wording says nothing about it") {
  YearEngine e(ending(year_campaign(), {2015, 12, 31}));
  CHECK(e.fill("members|含同比") == "120人");
  CHECK(e.fill("members|由到") == "120人");
  CHECK(e.diagnostics.empty());
  // Asked for the comparison alone, there is none to give: an error, never 增长0% or —.
  CHECK(e.fill("members|同比") == "<none>");
  REQUIRE(e.diagnostics.items().size() == 1);
  CHECK(e.diagnostics.items()[0].code == "no-comparison");
}

TEST_CASE("an approximate figure is given without a percentage") {
  YearEngine e(ending(year_campaign(), {2015, 12, 31}));
  e.campaign.records.push_back(test::record(e.campaign, "lectures", "8", Period::year(2014)));
  e.campaign.records.push_back(
      test::record(e.campaign, "lectures", "10", Period::year(2015), "", model::Qualifier::yu));
  stats::Statistics stats(e.campaign);
  PlaceholderEngine engine(stats);
  engine.set_report_year(stats::report_year(e.campaign, 2015));
  diag::Diagnostics d;
  // 2015's 10余 and the campaign's own 10余 (no period: the campaign ends in 2015).
  CHECK(engine.fill("lectures|含同比", {"x.md", 1, 1}, d) == "20余场");
  CHECK(d.empty());
}

TEST_CASE("part of a year is compared with the same months, and the text says so") {
  YearEngine e(ending(year_campaign(), {2015, 9, 30}));
  CHECK(e.fill("report.period") == "2015年1至9月");
  CHECK(e.fill("cases") == "50件");                            // February and August
  CHECK(e.fill("cases|含同比") == "50件，比上年同期增长25%");  // against March 2014 alone
  CHECK(e.fill("cases|同比") == "比上年同期增长25%");
}

TEST_CASE("a year table sets the year beside the year before") {
  model::Campaign c = ending(year_campaign(), {2015, 12, 31});
  stats::Statistics stats(c);
  Table t = year_table(stats, &c.programs[1], stats::report_year(c, 2015));
  REQUIRE(t.header_rows.size() == 1);
  CHECK(t.header_rows[0][1].text == "2014年");
  CHECK(t.header_rows[0][2].text == "2015年");
  CHECK(t.header_rows[0][3].text == "比上年增减");
  REQUIRE(t.body_rows.size() == 4);  // subsidy, visits, satisfaction, cases
  CHECK(t.body_rows[0][0].text == "村书记年平均补贴");
  CHECK(t.body_rows[0][1].text == "15940元");
  CHECK(t.body_rows[0][2].text == "20940元");
  CHECK(t.body_rows[0][3].text == "增长31.4%");
  CHECK(t.body_rows[1][3].text == "下降16.7%");
  CHECK(t.body_rows[2][3].text == "提高14.75个百分点");
  CHECK(t.body_rows[3][1].text == "139件");
  CHECK(t.body_rows[0][2].quantity->value == *model::Decimal::parse("20940"));
}

TEST_CASE("a year table of part of a year names the months") {
  model::Campaign c = ending(year_campaign(), {2015, 9, 30});
  stats::Statistics stats(c);
  Table t = year_table(stats, &c.programs[1], stats::report_year(c, 2015));
  CHECK(t.header_rows[0][1].text == "2014年1至9月");
  CHECK(t.header_rows[0][2].text == "2015年1至9月");
  CHECK(t.header_rows[0][3].text == "比上年同期增减");
  const auto& cases = t.body_rows.back();
  CHECK(cases[1].text == "40件");
  CHECK(cases[2].text == "50件");
}
