#include <doctest/doctest.h>

#include "small_campaign.hpp"
#include "xlsx/formats.hpp"
#include "xlsx/summary_formula.hpp"

using namespace cr;

TEST_CASE("criteria match an id exactly: no operators, no wildcards") {
  CHECK(xlsx::exact_criterion("funds") == "\"=funds\"");
  CHECK(xlsx::exact_criterion("a*b?c~d") == "\"=a~*b~?c~~d\"");
  CHECK(xlsx::exact_criterion(">5") == "\"=>5\"");
  CHECK(xlsx::exact_criterion("say \"hi\"") == "\"=say \"\"hi\"\"\"");
}

TEST_CASE("each aggregate gets its formula; last and none are written as values") {
  model::Campaign campaign = xlsx::testing::small_campaign();
  const std::string conditions = "'明细'!$A$4:$A$10,\"=lectures\",'明细'!$J$4:$J$10,\"=是\")";
  model::Indicator indicator = campaign.indicators[1];
  CHECK(xlsx::total_formula(indicator, 7, 0) == "SUMIFS('明细'!$F$4:$F$10," + conditions);
  indicator.aggregate = model::Aggregate::max;
  CHECK(xlsx::total_formula(indicator, 7, 0) == "_xlfn.MAXIFS('明细'!$F$4:$F$10," + conditions);
  indicator.aggregate = model::Aggregate::avg;
  CHECK(xlsx::total_formula(indicator, 7, 2) == "ROUND(AVERAGEIFS('明细'!$F$4:$F$10," + conditions + ",2)");
  indicator.aggregate = model::Aggregate::last;
  CHECK_FALSE(xlsx::total_formula(indicator, 7, 0));
  indicator.aggregate = model::Aggregate::none;
  CHECK_FALSE(xlsx::total_formula(indicator, 7, 0));
}

TEST_CASE("a qualifier can live in the number format, before or after the figure") {
  using model::Qualifier;
  CHECK(xlsx::number_format_code("万元", 1, Qualifier::duo) == "#,##0.0\"多 万元\"");
  CHECK(xlsx::number_format_code("人", 0, Qualifier::yue) == "\"约\"#,##0\" 人\"");
  CHECK(xlsx::number_format_code("%", 1, Qualifier::jin) == "\"近\"#,##0.0\"%\"");
  CHECK(xlsx::number_format_code("个", 0, Qualifier::zuoyou) == "#,##0\" 个左右\"");
  CHECK(xlsx::number_format_code("", 0, Qualifier::yishang) == "#,##0\"以上\"");
}
