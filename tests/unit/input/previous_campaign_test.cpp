// Last year's campaign folder as the base: indicators by id or previous_id, units by id then
// name, one-year units in warnings, and the previous folder's problems under its own path.
#include <doctest/doctest.h>

#include <algorithm>

#include "input/campaign_loader.hpp"
#include "input/previous_campaign.hpp"
#include "model/own_records.hpp"
#include "temp_folder.hpp"

using namespace cr;

namespace {

constexpr const char* units_header = "单位编码,单位名称,单位类型,上级单位\n";
constexpr const char* records_header = "指标编码,单位编码,时期,数值,修饰,备注\n";

void write_campaign(const TempFolder& f, const std::string& dir, int year, const std::string& extra = "") {
  f.write(dir + "/campaign.toml",
          "[campaign]\nid = \"c" + std::to_string(year) +
              "\"\ntitle = \"工作\"\norganization = \"示例县人民政府\"\nstart = " + std::to_string(year) +
              "-01-01\nend = " + std::to_string(year) + "-12-31\n" + extra);
}

const diag::Diagnostic* find(const diag::Diagnostics& d, const std::string& code) {
  auto it = std::find_if(d.items().begin(), d.items().end(), [&](auto& x) { return x.code == code; });
  return it == d.items().end() ? nullptr : &*it;
}

struct TwoYears {
  TempFolder f;
  TwoYears() {
    write_campaign(f, "2024", 2024, "[compare]\nprevious = \"../2023\"\n");
    f.write("2024/indicators.csv",
            "指标编码,指标名称,计量单位,上年指标编码\njineng,技能培训,人次,peixun\nlaji,清运垃圾,吨,\n");
    f.write("2024/units.csv",
            std::string(units_header) + "t1,甲镇,乡镇,\nv1,甲村,村,t1\nv2new,乙村,村,t1\nv3,新设村,村,t1\n");
    f.write("2024/records.csv", std::string(records_header) +
                                    "jineng,v1,2024年3月,30,,\njineng,v2new,2024年3月,12,,\n"
                                    "laji,v3,2024年3月,5,,\n");
    write_campaign(f, "2023", 2023);
    f.write("2023/indicators.csv",
            "指标编码,指标名称,计量单位\npeixun,培训,人次\nlaji,清运垃圾,吨\nold,旧指标,个\n");
    f.write("2023/units.csv", std::string(units_header) +
                                  "t1,甲镇,乡镇,\nv1,甲村,村,t1\nv2,乙村,村,t1\n"
                                  "v9,撤并村,村,t1\n");
    f.write("2023/records.csv", std::string(records_header) +
                                    "peixun,v1,2023年3月,20,,\npeixun,v2,2023年3月,10,,\n"
                                    "peixun,v9,2023年3月,4,,\nlaji,v1,2023年5月,7,,\nold,v1,2023年5月,1,,\n");
  }
};

// The figure of `indicator` in `year` for the unit named `unit`: the records' sum, added by hand.
std::string sum_of(const model::Campaign& c, const std::string& indicator, int year,
                   const std::string& unit) {
  model::Decimal total;
  for (const model::Record& r : c.records)
    if (c.indicators[r.indicator].id == indicator && r.period.within(model::Period::year(year)) &&
        (unit.empty() || (r.has_unit() && c.units[r.unit].id == unit)))
      total += r.value.value();
  return total.to_string();
}

}  // namespace

TEST_CASE("last year's campaign gives the base: renamed indicators, units by id then name") {
  TwoYears t;
  diag::Diagnostics d;
  auto campaign = input::load_campaign(t.f.path() / "2024", d);
  REQUIRE(campaign);
  REQUIRE(input::add_previous_campaign(*campaign, input::previous_folder(*campaign), "../2023",
                                       campaign->compare.position, d));
  // peixun (2023) is jineng (2024) by previous_id: 20 + 10 + 4, the closed village included.
  CHECK(sum_of(*campaign, "jineng", 2023, "") == "34");
  CHECK(sum_of(*campaign, "jineng", 2024, "") == "42");
  // 乙村 changed its id from v2 to v2new: matched by name, so its 2023 figure is its own.
  CHECK(sum_of(*campaign, "jineng", 2023, "v2new") == "10");
  CHECK(sum_of(*campaign, "laji", 2023, "v1") == "7");
  CHECK(sum_of(*campaign, "old", 2023, "") == "0");  // no such indicator this year: not added
  // The unit added this year, the one closed last year, and last year's unmatched indicator are
  // each listed in a warning; the closed village is kept under its township, with its figure.
  const auto* added = find(d, "unit-new-this-year");
  REQUIRE(added);
  CHECK(added->message_zh.find("新设村") != std::string::npos);
  CHECK(added->message_zh.find("乙村") == std::string::npos);
  const auto* gone = find(d, "unit-only-last-year");
  REQUIRE(gone);
  CHECK(gone->message_zh.find("撤并村") != std::string::npos);
  const model::OrgUnit* closed = campaign->find_unit("v9");
  REQUIRE(closed);
  CHECK(closed->parent == "t1");
  CHECK(sum_of(*campaign, "jineng", 2023, "v9") == "4");
  const auto* old = find(d, "previous-indicator-unmatched");
  REQUIRE(old);
  CHECK(old->message_zh.find("旧指标") != std::string::npos);
  CHECK(d.error_count() == 0);
  // Last year's records are marked as such; the campaign's own (2024) stay its own, in order.
  for (const model::Record& r : campaign->records)
    CHECK(r.is_own() == r.period.within(model::Period::year(2024)));
  CHECK(model::has_previous_records(*campaign));
  const model::Campaign own = model::own_records(*campaign);
  REQUIRE(own.records.size() == 3);
  CHECK(own.records[0].line == 2);
  CHECK(own.units.size() == campaign->units.size());  // indices shared with the whole campaign
  CHECK_FALSE(model::has_previous_records(own));
}

TEST_CASE("the previous folder is read with every check, its problems under its own path") {
  TwoYears t;
  t.f.write("2023/records.csv", std::string(records_header) + "peixun,v1,2023年3月,二十几,,\n");
  diag::Diagnostics d;
  auto campaign = input::load_campaign(t.f.path() / "2024", d);
  REQUIRE(campaign);
  input::add_previous_campaign(*campaign, input::previous_folder(*campaign), "../2023",
                               campaign->compare.position, d);
  REQUIRE(d.error_count() >= 1);
  auto bad = std::find_if(d.items().begin(), d.items().end(),
                          [](auto& x) { return x.severity == diag::Severity::error; });
  CHECK(bad->file == "../2023/records.csv");
  CHECK(bad->line == 2);
}

TEST_CASE("a missing previous folder is an error at [compare] previous") {
  TwoYears t;
  diag::Diagnostics d;
  auto campaign = input::load_campaign(t.f.path() / "2024", d);
  REQUIRE(campaign);
  CHECK_FALSE(
      input::add_previous_campaign(*campaign, t.f.path() / "2022", "../2022", campaign->compare.position, d));
  const auto* e = find(d, "previous-unreadable");
  REQUIRE(e);
  CHECK(e->file == "campaign.toml");
  CHECK(e->line == 8);
}
