#include <doctest/doctest.h>

#include <algorithm>

#include "input/campaign_loader.hpp"
#include "input/unit_tree.hpp"
#include "loaded_campaign.hpp"
#include "temp_folder.hpp"

using namespace cr;

namespace {

constexpr std::string_view manifest = one_program_manifest;

constexpr std::string_view indicators =
    "指标编码,指标名称,计量单位,所属工程\nvisits,走访,人,p1\nrate,满意度,%,\n";

void write_campaign(const TempFolder& folder, std::string_view records, std::string_view units = {}) {
  folder.write("campaign.toml", manifest);
  folder.write("indicators.csv", indicators);
  folder.write("records.csv", records);
  if (!units.empty()) folder.write("units.csv", units);
}

}  // namespace

TEST_CASE("a valid campaign loads with its records") {
  TempFolder folder;
  write_campaign(folder, "指标,单位,时期,数值,修饰,备注\nvisits,t1,2015年3月,1.5万,余,首批\nrate,,,12.5%,,\n",
                 "单位编码,单位名称,上级单位\ncounty,某县,\nt1,一乡,county\n");
  folder.write("narrative/background.md", "背景{{visits}}。\r\n");
  const Loaded l = load(folder);
  CHECK(l.diagnostics.empty());
  REQUIRE(l.campaign);
  REQUIRE(l.campaign->records.size() == 2);
  const model::Record& r = l.campaign->records[0];
  CHECK(r.line == 2);
  CHECK(l.campaign->indicators[r.indicator].id == "visits");
  CHECK(l.campaign->units[r.unit].id == "t1");
  CHECK(r.value.value() == model::Decimal(15000));
  CHECK(r.qualifier == model::Qualifier::yu);
  CHECK(r.written_scale == model::Scale::wan);
  CHECK(r.period.canonical() == "2015-03");
  CHECK(l.campaign->notes[r.note] == "首批");
  CHECK_FALSE(l.campaign->records[1].has_unit());
  CHECK(l.campaign->find_narrative("background")->text == "背景{{visits}}。\n");
}

TEST_CASE("a misspelt indicator is one diagnostic with a count") {
  TempFolder folder;
  write_campaign(folder, "indicator,value\nvisits,1\nvisit,2\nvisit,3\nvisit,4\n");
  const Loaded l = load(folder);
  const auto unknown = l.with("unknown-indicator");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].line == 3);
  CHECK(unknown[0].column == 1);
  CHECK(unknown[0].message_zh.find("以及另外 2 行") != std::string::npos);
}

TEST_CASE("duplicates and overlaps under sum are reported at the later line, naming the earlier") {
  TempFolder folder;
  write_campaign(
      folder, "indicator,period,value\nvisits,2015-03,1\nvisits,,10\nvisits,2015-04,2\nvisits,2015-03,5\n");
  const Loaded l = load(folder);
  const auto duplicate = l.with("duplicate-record");
  REQUIRE(duplicate.size() == 1);
  CHECK(duplicate[0].line == 5);
  CHECK(duplicate[0].column == 2);
  CHECK(duplicate[0].message_zh.find("第 2 行") != std::string::npos);
  const auto overlap = l.with("overlapping-periods");
  REQUIRE(overlap.size() == 1);
  CHECK(overlap[0].line == 3);
  CHECK(overlap[0].message_zh.find("第 2 行") != std::string::npos);
}

TEST_CASE("a problem in a unit's records is tied to that unit; one of an unknown unit to none") {
  TempFolder folder;
  write_campaign(folder,
                 "指标,单位,时期,数值\n"
                 "visits,t1,2015-03,1\n"
                 "visits,t1,2015-03,2\n"    // a duplicate of t1's
                 "visits,t1,2015-13,3\n"    // a bad period of t1's
                 "visits,t2,2015-03,abc\n"  // a bad value of t2's...
                 "visits,t1,2015-04,abc\n"  // ...and of t1's: one cause, both units
                 "visits,,2015-05,\n"        // an empty value of the campaign's own
                 "visits,t9,2015-03,1\n",    // a unit that is not in units.csv
                 "单位编码,单位名称,上级单位\ncounty,某县,\nt1,一乡,county\nt2,二乡,county\n");
  const Loaded l = load(folder);
  auto units_of = [&](const char* code) {
    const auto found = l.with(code);
    REQUIRE(found.size() == 1);
    return found[0].units;
  };
  CHECK(units_of("duplicate-record") == std::vector<std::string>{"t1"});
  CHECK(units_of("bad-period") == std::vector<std::string>{"t1"});
  CHECK(units_of("bad-number") == std::vector<std::string>{"t2", "t1"});
  CHECK(units_of("empty-cell") == std::vector<std::string>{""});
  CHECK(units_of("unknown-unit").empty());
}

TEST_CASE("periods wholly outside the campaign are warnings; a partly overlapping year is fine") {
  TempFolder folder;
  write_campaign(folder, "indicator,period,value\nvisits,2013,1\nvisits,2016-12/2017-02,2\nvisits,2013,3\n");
  folder.write("indicators.csv", "id,name,unit,aggregate\nvisits,走访,人,last\n");
  const Loaded l = load(folder);
  const auto outside = l.with("period-outside-campaign");
  REQUIRE(outside.size() == 1);
  CHECK(outside[0].line == 2);
  CHECK(outside[0].severity == diag::Severity::warning);
  CHECK(l.diagnostics.error_count() == 1);  // the repeated 2013 record of a "last" indicator
}

TEST_CASE("a unit parent cycle is listed") {
  std::vector<model::OrgUnit> units(4);
  units[0].id = "a", units[0].parent = "c";
  units[1].id = "b", units[1].parent = "a";
  units[2].id = "c", units[2].parent = "b";
  units[3].id = "d", units[3].parent = "a";
  const auto cycles = input::find_parent_cycles(units);
  REQUIRE(cycles.size() == 1);
  CHECK(cycles[0] == std::vector<std::size_t>{0, 2, 1});
  units[0].parent = "";
  CHECK(input::find_parent_cycles(units).empty());
}

TEST_CASE("a folder that does not exist") {
  diag::Diagnostics diagnostics;
  CHECK_FALSE(input::load_campaign("/nonexistent/campaign/folder", diagnostics));
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].code == "missing-folder");
}

TEST_CASE("a symbolic link out of the folder is refused") {
  TempFolder outside;
  outside.write("secret.csv", "indicator,value\nvisits,1\n");
  TempFolder folder;
  write_campaign(folder, "");
  std::filesystem::remove(folder.path() / "records.csv");
  std::filesystem::create_symlink(outside.path() / "secret.csv", folder.path() / "records.csv");
  const Loaded l = load(folder);
  const auto refused = l.with("path-outside-folder");
  REQUIRE(refused.size() == 1);
  CHECK(refused[0].file == "records.csv");
  CHECK(l.campaign->records.empty());
}

TEST_CASE("manifest: type errors at the value, unknown keys warned, missing keys named") {
  TempFolder folder;
  write_campaign(folder, "indicator,value\nvisits,1\n");
  folder.write(
      "campaign.toml",
      "[campaign]\nid = \"test\"\ntitle = \"t\"\nstart = \"2015-01-01\"\nend = 2016-12-31\ncolour = 1\n");
  const Loaded l = load(folder);
  const auto wrong = l.with("wrong-type");
  REQUIRE(wrong.size() == 1);
  CHECK(wrong[0].line == 4);
  CHECK(wrong[0].column == 9);
  const auto missing = l.with("missing-key");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].message_en.find("organization") != std::string::npos);
  const auto unknown = l.with("unknown-key");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].line == 6);
  CHECK(unknown[0].severity == diag::Severity::warning);
}

TEST_CASE("manifest: [form] is read, a mistyped value or an unknown key in it reported") {
  TempFolder folder;
  write_campaign(folder, "indicator,value\nvisits,1\n");
  folder.write("campaign.toml", std::string(manifest) +
                                    "\n[form]\nlevel = \"乡镇\"\nindicators = [\"visits\", \"rate\"]\nperiods = \"2015年1月\"\n");
  Loaded l = load(folder);
  REQUIRE(l.campaign);
  CHECK(l.diagnostics.empty());
  CHECK(l.campaign->form.level == "乡镇");
  CHECK(l.campaign->form.indicators == std::vector<std::string>{"visits", "rate"});
  CHECK(l.campaign->form.periods == std::vector<std::string>{"2015年1月"});
  CHECK(l.campaign->form.line == 12);

  folder.write("campaign.toml", std::string(manifest) + "\n[form]\nlevel = 3\nperiod = [\"2015\"]\n");
  l = load(folder);
  const auto wrong = l.with("wrong-type");
  REQUIRE(wrong.size() == 1);
  CHECK(wrong[0].line == 13);
  const auto unknown = l.with("unknown-key");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].line == 14);
}

TEST_CASE("a township's own record beside its villages': the villages' records are named as left out") {
  TempFolder folder;
  write_campaign(folder,
                 "指标,单位,时期,数值\n"
                 "visits,东村,2015年3月,120\n"  // line 2
                 "visits,西村,2015年4月,80\n"   // line 3
                 "visits,东乡,2015,1000\n"      // line 4: the township's own 2015
                 "visits,东村,2016年1月,30\n"   // line 5: outside it, counts
                 "visits,南乡,2015,500\n",      // line 6: no villages below it
                 "单位编码,单位名称,上级单位\nt1,东乡,\nv1,东村,t1\nv2,西村,t1\nt2,南乡,\n");
  const Loaded l = load(folder);
  const auto left = l.with("left-out-record");
  REQUIRE(left.size() == 1);  // one warning for all that line 4 stands for
  CHECK(left[0].severity == diag::Severity::warning);
  CHECK(left[0].file == "records.csv");
  CHECK(left[0].line == 2);
  CHECK(left[0].column == 3);
  CHECK(left[0].message_zh ==
        "第 2 行（单位“东村”，2015年3月）不计入指标“走访”的汇总：第 4 行单位“东乡”自报的2015年数字已包含它"
        "（第 3 行同此）");
  CHECK(left[0].message_en ==
        "line 2 (unit 'v1', 2015-03) is left out of the totals of 'visits': line 4 (unit 't1', 2015) already "
        "stands for it (as is line 3)");
  CHECK_FALSE(l.diagnostics.failed(false));  // the rule, not an error
}

TEST_CASE("many records left out for one line are counted past the eighth") {
  TempFolder folder;
  std::string units = "单位编码,单位名称,上级单位\nt1,东乡,\n", records = "指标,单位,时期,数值\n";
  for (int v = 1; v <= 11; ++v) {
    units += "v" + std::to_string(v) + ",村" + std::to_string(v) + ",t1\n";
    records += "visits,v" + std::to_string(v) + ",2015年3月,1\n";  // lines 2 to 12
  }
  records += "visits,t1,2015,20\n";  // line 13
  write_campaign(folder, records, units);
  const auto left = load(folder).with("left-out-record");
  REQUIRE(left.size() == 1);
  CHECK(left[0].line == 2);
  CHECK(left[0].message_zh.ends_with("（第 3、4、5、6、7、8、9、10 行等共 10 行同此）"));
  CHECK(left[0].message_en.ends_with(" (as are 10 more: lines 3, 4, 5, 6, 7, 8, 9, 10 and others)"));
}
