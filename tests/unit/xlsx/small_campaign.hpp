#pragma once
// A small campaign built in C++ (no files), shaped like the seed: a profile, two programs,
// approximate figures, a unit tree and yearly records.
#include <string>

#include "model/campaign.hpp"

namespace cr::xlsx::testing {

inline model::Record record(std::uint32_t indicator, std::uint32_t unit, model::Period period,
                            const char* value, model::Qualifier qualifier = model::Qualifier::exact,
                            std::uint32_t line = 2) {
  model::Record r;
  r.indicator = indicator;
  r.unit = unit;
  r.period = period;
  r.value = *model::CompactDecimal::from(*model::Decimal::parse(value));
  r.qualifier = qualifier;
  r.line = line;
  return r;
}

inline model::Campaign small_campaign() {
  using model::Period;
  using model::Qualifier;
  model::Campaign c;
  c.id = "sample";
  c.title = "示例县“党建之冬”活动";
  c.organization = "中共示例县委组织部";
  c.region = "示例县";
  c.start = {2014, 10, 1};
  c.end = {2016, 3, 31};
  c.programs = {{"quality", "素质提升工程", "", {}}, {"people", "冬令民心工程", "", {}}};
  c.indicators = {
      {"population", "人口", "人", "", model::Aggregate::last, model::Wording::wan, "", {}},
      {"lectures", "专题讲座", "个", "quality", model::Aggregate::sum, model::Wording::as_written, "", {}},
      {"funds", "慰问金", "万元", "people", model::Aggregate::sum, model::Wording::as_written, "", {}},
      {"rate", "满意率", "%", "people", model::Aggregate::avg, model::Wording::as_written, "", {}},
  };
  c.units = {{"county", "示例县", "县", "", {}},
             {"a", "甲镇", "乡镇", "county", {}},
             {"b", "乙镇", "乡镇", "county", {}}};
  c.records = {
      record(0, model::Record::no_unit, Period::whole_campaign(), "306000", Qualifier::exact, 2),
      record(1, 1, Period::year(2015), "3", Qualifier::exact, 3),
      record(1, 2, Period::year(2015), "2", Qualifier::exact, 4),
      record(2, 1, Period::year(2015), "120.5", Qualifier::duo, 5),
      record(2, 2, Period::year(2016), "200", Qualifier::exact, 6),
      record(3, 1, Period::year(2015), "92.5", Qualifier::exact, 7),
      record(3, 1, Period::year(2016), "95.1", Qualifier::exact, 8),
  };
  return c;
}

}  // namespace cr::xlsx::testing
