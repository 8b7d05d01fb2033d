#include "form/form_plan.hpp"

#include <algorithm>

#include <doctest/doctest.h>

namespace cr::form {
namespace {

model::Campaign township_campaign() {
  model::Campaign c;
  c.id = "qingyuan";
  c.start = {2023, 11, 1};
  c.end = {2024, 4, 30};
  c.indicators = {{"qingyun", "清运生活垃圾", "吨", "", model::Aggregate::sum, model::Wording::as_written, "", {}},
                  {"gaice", "完成户厕改造", "户", "", model::Aggregate::sum, model::Wording::as_written, "", {}}};
  c.units = {{"qy", "清源县", "县", "", {}},
             {"dongguan", "东关镇", "乡镇", "qy", {}},
             {"xihe", "西河乡", "乡镇", "qy", {}},
             {"liujia", "刘家村", "村", "dongguan", {}}};
  c.form.line = 20;
  return c;
}

std::vector<std::string> ids(const FormPlan& plan) {
  std::vector<std::string> out;
  for (const FormRow& row : plan.rows) out.push_back(row.id);
  return out;
}

TEST_CASE("a row per indicator of [form] and period, in [form]'s order") {
  model::Campaign c = township_campaign();
  c.form.indicators = {"gaice", "qingyun"};
  c.form.periods = {"2024年1月", "2024年第一季度"};
  c.form.level = "乡镇";
  diag::Diagnostics diagnostics;
  const auto plan = plan_form(c, diagnostics);
  REQUIRE(plan);
  CHECK(diagnostics.empty());
  CHECK(ids(*plan) == std::vector<std::string>{"gaice@2024-01", "gaice@2024-Q1", "qingyun@2024-01", "qingyun@2024-Q1"});
  CHECK(plan->rows[1].period_text == "2024年第一季度");
  CHECK(plan->respondents == std::vector<std::size_t>{1, 2});
}

TEST_CASE("without [form]: every indicator over the whole campaign, for the units without sub-units") {
  model::Campaign c = township_campaign();
  diag::Diagnostics diagnostics;
  const auto plan = plan_form(c, diagnostics);
  REQUIRE(plan);
  CHECK(ids(*plan) == std::vector<std::string>{"qingyun@", "gaice@"});
  CHECK(plan->respondents == std::vector<std::size_t>{2, 3});  // 西河乡 and 刘家村 have no sub-units
}

TEST_CASE("[form] naming an unknown indicator, a period that does not read or a level no unit has") {
  model::Campaign c = township_campaign();
  c.form.indicators = {"qingyun", "laji"};
  c.form.periods = {"2024年13月"};
  c.form.level = "街道";
  diag::Diagnostics diagnostics;
  CHECK_FALSE(plan_form(c, diagnostics));
  std::vector<std::string> codes;
  for (const auto& d : diagnostics.sorted()) {
    CHECK(d.file == "campaign.toml");
    CHECK(d.line == 20);
    codes.push_back(d.code);
  }
  std::sort(codes.begin(), codes.end());
  CHECK(codes == std::vector<std::string>{"bad-period", "no-units", "unknown-indicator"});
}

TEST_CASE("the fingerprint follows what the form asks, not the records") {
  model::Campaign c = township_campaign();
  diag::Diagnostics diagnostics;
  const std::string first = plan_form(c, diagnostics)->fingerprint;
  CHECK(first.size() == 16);
  CHECK(plan_form(c, diagnostics)->fingerprint == first);
  c.records.push_back({});
  CHECK(plan_form(c, diagnostics)->fingerprint == first);
  c.indicators[1].unit = "座";
  CHECK(plan_form(c, diagnostics)->fingerprint != first);
  c = township_campaign();
  c.id = "another";
  CHECK(plan_form(c, diagnostics)->fingerprint != first);
  c = township_campaign();
  c.form.periods = {"2024"};
  CHECK(plan_form(c, diagnostics)->fingerprint != first);
  CHECK(diagnostics.empty());
}

}  // namespace
}  // namespace cr::form
