#include <doctest/doctest.h>

#include <vector>

#include "quantities.hpp"
#include "wording/table_wording.hpp"

using cr::model::Aggregate;
using cr::model::Granularity;
using cr::model::Indicator;
using cr::model::Qualifier;
using cr::model::Quantity;
using cr::model::Scale;
using cr::model::Wording;
using cr::test::q;
using cr::wording::word_quantity;

namespace {

Indicator indicator(const char* name, const char* unit, Aggregate aggregate) {
  Indicator i;
  i.id = name;
  i.name = name;
  i.unit = unit;
  i.aggregate = aggregate;
  return i;
}

// Each figure of the row worded as a table shows it.
std::vector<std::string> worded(const std::vector<Quantity>& row, Wording wording = Wording::as_written) {
  const auto options = cr::wording::row_wording(row, wording, false);
  std::vector<std::string> out;
  for (const Quantity& figure : row) out.push_back(word_quantity(figure, options));
  return out;
}

}  // namespace

TEST_CASE("a row takes the scale of its largest value") {
  // 2023: 1250 + 1300多 + 约2100 + 1.8万 = 约2.265万; 2024: 3600余; together 约2.625万.
  const std::vector<Quantity> row{q("22650", "吨", Qualifier::yue, Scale::wan),
                                  q("3600", "吨", Qualifier::yu),
                                  q("26250", "吨", Qualifier::yue, Scale::wan)};
  CHECK(worded(row) == std::vector<std::string>{"约2.3万吨", "0.36万余吨", "约2.6万吨"});
  // The largest written in digits: every cell in digits, 1.8万 too.
  const std::vector<Quantity> ones{q("18000", "吨", Qualifier::exact, Scale::wan), q("26000", "吨")};
  CHECK(worded(ones) == std::vector<std::string>{"18000吨", "26000吨"});
  // An indicator worded in 亿 keeps its scale in the table.
  CHECK(worded({q("50000000", "元"), q("345000000", "元")}, Wording::yi) ==
        std::vector<std::string>{"0.5亿元", "3.45亿元"});
  CHECK(worded({}).empty());
}

TEST_CASE("tables write Arabic digits whatever the indicator's wording") {
  CHECK(worded({q("12", "座"), q("2", "项")}, Wording::hanzi) == std::vector<std::string>{"12座", "2项"});
  CHECK(worded({q("10", "个", Qualifier::yu)}, Wording::hanzi) == std::vector<std::string>{"10余个"});
}

TEST_CASE("a sum of several rates is no figure") {
  CHECK(cr::wording::is_sum_of_rates(indicator("满意度", "%", Aggregate::sum), 2));
  CHECK_FALSE(cr::wording::is_sum_of_rates(indicator("满意度", "%", Aggregate::sum), 1));
  CHECK_FALSE(cr::wording::is_sum_of_rates(indicator("满意度", "%", Aggregate::last), 5));
  CHECK_FALSE(cr::wording::is_sum_of_rates(indicator("人次", "人次", Aggregate::sum), 5));
}

TEST_CASE("column heads say what they hold") {
  CHECK(cr::wording::unassigned_heading(Granularity::year) == "未分年度");
  CHECK(cr::wording::unassigned_heading(Granularity::quarter) == "未分季度");
  CHECK(cr::wording::unassigned_heading(Granularity::month) == "未分月份");

  const Indicator trainees = indicator("培训人次", "人次", Aggregate::sum);
  const Indicator tons = indicator("清运垃圾", "吨", Aggregate::sum);
  const Indicator cleaners = indicator("保洁员", "名", Aggregate::last);
  const Indicator satisfaction = indicator("满意度", "%", Aggregate::last);
  const Indicator summed_rate = indicator("达标率", "%", Aggregate::sum);
  const Indicator mean = indicator("平均补贴", "元", Aggregate::avg);

  const std::vector<const Indicator*> sums{&trainees, &tons};
  CHECK(cr::wording::total_heading(sums) == "合计");
  CHECK(cr::wording::total_note(sums).empty());

  const std::vector<const Indicator*> mixed{&tons, &cleaners, &satisfaction, &mean};
  CHECK(cr::wording::total_heading(mixed) == "全期");
  CHECK(cr::wording::total_note(mixed) ==
        "注：“全期”栏中，保洁员、满意度为期末数，平均补贴为平均值，其余为各期合计。");

  // A summed rate is no 合计 either; "其余" would claim it, so the sums are named.
  const std::vector<const Indicator*> with_rate{&tons, &summed_rate, &cleaners};
  CHECK(cr::wording::total_heading(with_rate) == "全期");
  CHECK(cr::wording::total_note(with_rate) == "注：“全期”栏中，保洁员为期末数，清运垃圾为各期合计。");
  const std::vector<const Indicator*> rate_only{&summed_rate};
  CHECK(cr::wording::total_heading(rate_only) == "全期");
  CHECK(cr::wording::total_note(rate_only).empty());
}
