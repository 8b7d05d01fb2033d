#pragma once
// A small campaign built in code for the report tests: two programs, a unit tree, figures per
// year with qualifiers, a rate, a count worded in Chinese numerals, and narrative texts.
#include <string>

#include "model/campaign.hpp"

namespace cr::test {

inline model::Record record(const model::Campaign& c, const std::string& indicator, const std::string& value,
                            model::Period period = {}, const std::string& unit = "",
                            model::Qualifier q = model::Qualifier::exact,
                            model::Scale scale = model::Scale::one) {
  model::Record r;
  for (std::size_t i = 0; i < c.indicators.size(); ++i)
    if (c.indicators[i].id == indicator) r.indicator = static_cast<std::uint32_t>(i);
  for (std::size_t i = 0; i < c.units.size(); ++i)
    if (c.units[i].id == unit) r.unit = static_cast<std::uint32_t>(i);
  r.value = *model::CompactDecimal::from(*model::Decimal::parse(value));
  r.period = period;
  r.qualifier = q;
  r.written_scale = scale;
  return r;
}

inline model::Campaign sample_campaign() {
  using model::Period;
  model::Campaign c;
  c.id = "winter";
  c.title = "开展“党建之冬”活动";
  c.organization = "示例县委组织部";
  c.start = model::Date(2014, 10, 1);
  c.end = model::Date(2016, 3, 31);
  c.source = "示例网";
  c.published = model::Date(2016, 11, 21);
  c.editors = {"秦华", "黄瑾"};
  c.programs = {{"quality", "素质提升工程", "", {}}, {"livelihood", "冬令民心工程", "", {}}};
  auto indicator = [](std::string id, std::string name, std::string unit, std::string program,
                      model::Aggregate a = model::Aggregate::sum,
                      model::Wording w = model::Wording::as_written) {
    model::Indicator i;
    i.id = std::move(id), i.name = std::move(name), i.unit = std::move(unit), i.program = std::move(program);
    i.aggregate = a, i.wording = w;
    return i;
  };
  c.indicators = {indicator("population", "人口", "人", ""),
                  indicator("trainees", "培训党员群众", "人次", "quality"),
                  indicator("lectures", "高端培训", "场", "quality"),
                  indicator("items", "新规", "项", "quality", model::Aggregate::sum, model::Wording::hanzi),
                  indicator("subsidy", "村书记年平均补贴", "元", "livelihood", model::Aggregate::last),
                  indicator("visits", "走访人数", "人", "livelihood"),
                  indicator("satisfaction", "群众满意度", "%", "livelihood", model::Aggregate::last)};
  c.units = {{"t1", "甲镇", "乡镇", "", {}}, {"v1", "甲村", "村", "t1", {}}, {"t2", "乙镇", "乡镇", "", {}}};
  c.records = {record(c, "population", "306000", {}, "", model::Qualifier::exact, model::Scale::wan),
               record(c, "trainees", "4000", Period::year(2014)),
               record(c, "trainees", "5000", Period::year(2015)),
               record(c, "lectures", "10", {}, "", model::Qualifier::yu),
               record(c, "items", "2"),
               record(c, "subsidy", "15940", Period::year(2014)),
               record(c, "subsidy", "20940", Period::year(2015)),
               record(c, "visits", "300", Period::year(2015), "v1"),
               record(c, "visits", "700", Period::year(2015), "t2"),
               record(c, "satisfaction", "78.5", Period::year(2014)),
               record(c, "satisfaction", "93.25", Period::year(2015))};
  auto narrative = [&](const std::string& section, const std::string& text) {
    c.narratives[section] = {section, "narrative/" + section + ".md", text};
  };
  narrative("background", "示例县人口{{population}}。\n\n活动从2014年开始。");
  narrative("approach", "以两大工程为载体。");
  narrative("program-quality", "**抓培训。**举办高端培训{{lectures}}，培训{{trainees}}。");
  narrative("program-livelihood",
            "补贴由{{subsidy@2014}}提高到{{subsidy@2015}}。\n\n- 走访{{visits}}\n- "
            "满意度{{satisfaction@2015|百分点}}，培训{{trainees@2015|同比}}");
  narrative("results", "**启示之一：**群众满意。");
  return c;
}

}  // namespace cr::test
