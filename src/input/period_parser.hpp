#pragma once
// The period a record covers, in every form officials and their spreadsheets write it:
// 2015, 2015-03, 2015-Q1, 2015-03-01, a range A/B of those, empty (the whole campaign), and what
// Excel and WPS turn them into: 2015/3/1, 2015/3, 2015年, 2015年3月, 2015年第一季度, 2015年一季度.
#include <string_view>

#include "input/problem.hpp"
#include "model/period.hpp"

namespace cr::input {

struct ParsedPeriod {
  model::Period period;
  // Written as Y/M/D with slashes: Excel shows a typed 2015-03 as 2015/3/1, so a table whose
  // slash dates all fall on the 1st is read as months (see records_table.cpp).
  bool slash_date = false;
};

Outcome<ParsedPeriod> parse_period(std::string_view text);

}  // namespace cr::input
