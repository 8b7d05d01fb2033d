#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <string>

#include "batch/unit_campaign.hpp"
#include "batch/unit_failures.hpp"
#include "batch/unit_filename.hpp"
#include "batch/unit_selection.hpp"

namespace {

using cr::model::Campaign;

// 清源县 > 东关镇 > 刘家村, 清源县 > 西河乡; a record at each level.
Campaign county() {
  Campaign c;
  c.id = "qy";
  c.title = "清源县冬春农村人居环境整治行动";
  c.region = "清源县";
  c.short_name = "人居环境整治";
  c.organization = "中共清源县委";
  c.units = {{"qy", "清源县", "县", "", {}}, {"dg", "东关镇", "乡镇", "qy", {}},
             {"xh", "西河乡", "乡镇", "qy", {}}, {"lj", "刘家村", "村", "dg", {}}};
  c.unit_organizations["dg"] = "中共东关镇委员会";
  c.indicators.push_back({"gaice", "户厕改造", "户", "", cr::model::Aggregate::sum, {}, "", {}});
  for (std::uint32_t unit : {0u, 1u, 2u, 3u}) {
    cr::model::Record r;
    r.unit = unit;
    r.line = unit + 2;
    r.value = *cr::model::CompactDecimal::from(*cr::model::Decimal::parse(std::to_string(10 * (unit + 1))));
    c.records.push_back(r);
  }
  cr::model::Record whole;  // a campaign-wide figure belongs to the whole only
  c.records.push_back(whole);
  return c;
}

}  // namespace

TEST_CASE("a unit's campaign is its subtree, with the unit as root and its own title and 落款") {
  const Campaign whole = county();
  const Campaign town = cr::batch::unit_campaign(whole, 1);
  REQUIRE(town.units.size() == 2);
  CHECK(town.units[0].id == "dg");
  CHECK(town.units[0].parent.empty());
  CHECK(town.units[1].id == "lj");
  REQUIRE(town.records.size() == 2);
  CHECK(town.records[0].unit == 0);
  CHECK(town.records[1].unit == 1);
  CHECK(town.records[1].line == 5);  // still the line of the campaign's records.csv
  CHECK(town.title == "东关镇冬春农村人居环境整治行动");
  CHECK(town.region == "东关镇");
  CHECK(town.organization == "中共东关镇委员会");
  const Campaign other = cr::batch::unit_campaign(whole, 2);
  CHECK(other.organization == "西河乡");  // no 组织单位: its name
  CHECK(other.records.size() == 1);
}

TEST_CASE("an error in a unit's records holds back that unit, the units above it and the whole") {
  const Campaign whole = county();  // 清源县 > 东关镇 > 刘家村, 清源县 > 西河乡
  auto error = [](std::vector<std::string> units, cr::diag::Severity severity = cr::diag::Severity::error) {
    cr::diag::Diagnostic d{"records.csv", 3, 2, severity, "bad-number", "数值有误", "bad value", ""};
    d.units = std::move(units);
    return d;
  };
  cr::diag::Diagnostics village;
  village.add(error({"lj"}));
  auto failed = cr::batch::failed_reports(whole, village, false);
  REQUIRE(failed);
  CHECK(failed->overall);
  CHECK(failed->units == std::vector<bool>{true, true, false, true});  // 刘家村, 东关镇, 清源县; not 西河乡

  cr::diag::Diagnostics own;  // a record of no unit: the campaign-wide report alone
  own.add(error({""}));
  failed = cr::batch::failed_reports(whole, own, false);
  REQUIRE(failed);
  CHECK(failed->overall);
  CHECK(failed->units == std::vector<bool>(4, false));

  cr::diag::Diagnostics two;  // one cause over rows of two units
  two.add(error({"xh", "lj"}));
  CHECK(cr::batch::failed_reports(whole, two, false)->units == std::vector<bool>{true, true, true, true});

  cr::diag::Diagnostics warned;  // warnings hold nothing back, unless --strict; then untied ones fail all
  warned.add(error({}, cr::diag::Severity::warning));
  CHECK_FALSE(cr::batch::failed_reports(whole, warned, false)->overall);
  CHECK_FALSE(cr::batch::failed_reports(whole, warned, true));

  cr::diag::Diagnostics untied = village;  // campaign.toml, units.csv...: no report can be written
  untied.error("campaign.toml", 2, 1, "missing-key", "缺少", "missing");
  CHECK_FALSE(cr::batch::failed_reports(whole, untied, false));
  cr::diag::Diagnostics unknown;
  unknown.add(error({"nowhere"}));
  CHECK_FALSE(cr::batch::failed_reports(whole, unknown, false));
}

TEST_CASE("a title without the region gets the unit's name before it") {
  Campaign whole = county();
  whole.title = "冬春整治行动";
  CHECK(cr::batch::unit_title(whole, whole.units[2]) == "西河乡冬春整治行动");
}

TEST_CASE("units are chosen by type, by id, else the roots' children") {
  const Campaign whole = county();
  cr::diag::Diagnostics d;
  CHECK(*cr::batch::select_units(whole, {}, d) == std::vector<std::size_t>{1, 2});
  CHECK(*cr::batch::select_units(whole, {"村", {}}, d) == std::vector<std::size_t>{3});
  CHECK(*cr::batch::select_units(whole, {"", {"xh", "qy"}}, d) == std::vector<std::size_t>{0, 2});
  CHECK(d.empty());
  CHECK_FALSE(cr::batch::select_units(whole, {"", {"nowhere"}}, d));
  CHECK(d.items().back().code == "unknown-unit");
  CHECK_FALSE(cr::batch::select_units(whole, {"街道", {}}, d));
  CHECK(d.items().back().code == "no-units-selected");
}

TEST_CASE("shards are disjoint and their union is the whole, in order") {
  const std::vector<std::size_t> all{4, 5, 6, 7, 8, 9, 10};
  std::vector<std::size_t> union_of;
  for (int i = 0; i < 3; ++i)
    for (std::size_t u : cr::batch::shard_slice(all, {i, 3})) union_of.push_back(u);
  std::sort(union_of.begin(), union_of.end());
  CHECK(union_of == all);
  CHECK(cr::batch::shard_slice(all, {1, 3}) == std::vector<std::size_t>{5, 8});
  CHECK(cr::batch::parse_shard("2/3")->index == 2);
  for (const char* bad : {"3/3", "-1/3", "1/0", "1", "a/3", "1/3x", ""}) CHECK_FALSE(cr::batch::parse_shard(bad));
}

TEST_CASE("unit file names: placeholders, Chinese, and what no system accepts") {
  Campaign whole = county();
  cr::diag::Diagnostics d;
  CHECK(*cr::batch::unit_stem(whole, whole.units[1], d) == "qy-dg");  // the default
  whole.report.unit_filename = "{{unit.name}}-{{ campaign.short_name }}";
  CHECK(*cr::batch::unit_stem(whole, whole.units[1], d) == "东关镇-人居环境整治");
  CHECK(cr::batch::check_unit_stems(whole, d));
  CHECK(d.empty());
  whole.report.unit_filename = "{{unit.nam}}";
  CHECK_FALSE(cr::batch::unit_stem(whole, whole.units[1], d));
  CHECK(d.items().back().code == "unknown-placeholder");
  for (const char* bad : {"a/b", "a\\b", "CON", "lpt1", "com9.x", "a.", "a ", "a\tb", "", "a:b"})
    CHECK_MESSAGE(cr::batch::unsafe_stem_reason(bad), bad);
  CHECK_FALSE(cr::batch::unsafe_stem_reason("东关镇-CON"));
  CHECK_FALSE(cr::batch::unsafe_stem_reason("COM10"));
  whole.report.unit_filename = "{{unit.type}}";  // two 乡镇 share a name
  cr::diag::Diagnostics clash;
  CHECK_FALSE(cr::batch::check_unit_stems(whole, clash));
  CHECK(clash.items().front().code == "bad-unit-filename");
}

TEST_CASE("a unit's campaign is found down a 100,000-deep chain without walking it once per unit") {
  Campaign whole = county();
  whole.units.clear();
  whole.records.clear();
  constexpr std::size_t depth = 100000;
  for (std::size_t i = 0; i < depth; ++i)
    whole.units.push_back({"u" + std::to_string(i), "u" + std::to_string(i), "村", i == 0 ? "" : "u" + std::to_string(i - 1), {}});
  whole.units.push_back({"aside", "旁支", "村", "u0", {}});
  cr::model::Record leaf;
  leaf.unit = depth - 1;
  leaf.value = *cr::model::CompactDecimal::from(*cr::model::Decimal::parse("1"));
  whole.records.push_back(leaf);
  const std::clock_t started = std::clock();  // CPU time: a busy machine does not add to it
  const Campaign lower = cr::batch::unit_campaign(whole, 50000);
  CHECK(static_cast<double>(std::clock() - started) / CLOCKS_PER_SEC < 10);
  REQUIRE(lower.units.size() == depth - 50000);
  CHECK(lower.units.front().id == "u50000");
  CHECK(lower.units.front().parent.empty());
  CHECK(lower.units.back().id == "u99999");
  REQUIRE(lower.records.size() == 1);
  CHECK(lower.records[0].unit == depth - 50000 - 1);
  CHECK(cr::batch::unit_campaign(whole, 0).units.size() == depth + 1);
}
