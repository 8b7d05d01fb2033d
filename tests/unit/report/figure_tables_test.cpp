// The indicator tables on campaigns built for each rule of wording/table_wording.hpp.
#include <doctest/doctest.h>

#include "campaign_fixture.hpp"
#include "report/figure_tables.hpp"

using namespace cr;
using model::Period;
using model::Qualifier;
using model::Scale;

namespace {

model::Indicator indicator(std::string id, std::string unit, model::Aggregate a = model::Aggregate::sum,
                           model::Wording w = model::Wording::as_written) {
  model::Indicator i;
  i.id = id, i.name = id, i.unit = std::move(unit), i.program = "laji", i.aggregate = a, i.wording = w;
  return i;
}

model::Campaign campaign(std::vector<model::Indicator> indicators) {
  model::Campaign c;
  c.id = "tables";
  c.start = model::Date(2023, 11, 1);
  c.end = model::Date(2024, 4, 30);
  c.programs = {{"laji", "垃圾清运工程", "", {}}};
  c.indicators = std::move(indicators);
  return c;
}

std::vector<std::string> texts(const std::vector<report::Cell>& row) {
  std::vector<std::string> out;
  for (const auto& cell : row) out.push_back(cell.text);
  return out;
}

}  // namespace

TEST_CASE("a row mixing 万吨 and 吨 is shown in the scale of its largest value") {
  model::Campaign c = campaign({indicator("清运垃圾", "吨")});
  c.records = {
      test::record(c, "清运垃圾", "1250", Period::month(2023, 11)),
      test::record(c, "清运垃圾", "2100", Period::quarter(2023, 4), "", Qualifier::yue),
      test::record(c, "清运垃圾", "18000", Period::quarter(2023, 4), "", Qualifier::exact, Scale::wan),
      test::record(c, "清运垃圾", "1300", Period::month(2023, 12), "", Qualifier::duo),
      test::record(c, "清运垃圾", "3600", Period::quarter(2024, 1), "", Qualifier::yu)};
  stats::Statistics s(c);
  const report::Table t = report::indicator_table(s, &c.programs[0]);
  CHECK(texts(t.header_rows.at(0)) == std::vector<std::string>{"指标", "2023年", "2024年", "合计"});
  // 2023: 1250 + 约2100 + 1.8万 + 1300多 = 约2.265万; with 2024's 3600余, 约2.625万.
  CHECK(texts(t.body_rows.at(0)) ==
        std::vector<std::string>{"清运垃圾", "约2.3万吨", "0.36万余吨", "约2.6万吨"});
  CHECK(t.body_rows[0][2].quantity->value == model::Decimal(3600));  // the exact value stays beside
  CHECK(t.note.empty());
}

TEST_CASE("a 汉字-worded indicator is written in Arabic digits in a table") {
  model::Campaign c = campaign({indicator("新建公厕", "座", model::Aggregate::sum, model::Wording::hanzi)});
  c.records = {
      test::record(c, "新建公厕", "12", *Period::range(Period::month(2023, 11), Period::month(2024, 4))),
      test::record(c, "新建公厕", "3", Period::month(2024, 3))};
  stats::Statistics s(c);
  const report::Table t = report::indicator_table(s, &c.programs[0]);
  CHECK(texts(t.header_rows.at(0)) == std::vector<std::string>{"指标", "2024年", "未分年度", "合计"});
  CHECK(texts(t.body_rows.at(0)) == std::vector<std::string>{"新建公厕", "3座", "12座", "15座"});
}

TEST_CASE("a rate's row shows no 合计: the campaign-wide rate where the aggregate gives one") {
  model::Campaign c = campaign({indicator("清运垃圾", "吨"), indicator("满意度", "%", model::Aggregate::last),
                                indicator("达标率", "%")});
  c.records = {test::record(c, "清运垃圾", "100", Period::year(2023)),
               test::record(c, "清运垃圾", "200", Period::year(2024)),
               test::record(c, "满意度", "90", Period::year(2023)),
               test::record(c, "满意度", "96.5", Period::year(2024)),
               test::record(c, "达标率", "80", Period::year(2023)),
               test::record(c, "达标率", "85", Period::year(2024))};
  stats::Statistics s(c);
  const report::Table t = report::indicator_table(s, &c.programs[0]);
  CHECK(texts(t.header_rows.at(0)) == std::vector<std::string>{"指标", "2023年", "2024年", "全期"});
  CHECK(texts(t.body_rows.at(0)) == std::vector<std::string>{"清运垃圾", "100吨", "200吨", "300吨"});
  CHECK(texts(t.body_rows.at(1)) == std::vector<std::string>{"满意度", "90%", "96.5%", "96.5%"});
  // Summed, 80% + 85% would read 165%: the cell stays empty, and carries no value either.
  CHECK(texts(t.body_rows.at(2)) == std::vector<std::string>{"达标率", "80%", "85%", ""});
  CHECK_FALSE(t.body_rows[2][3].quantity);
  CHECK(t.note == "注：“全期”栏中，满意度为期末数，清运垃圾为各期合计。");
}
