#pragma once
// Dates and periods in official wording (GB/T 9704): Arabic numerals, full year, no leading
// zeros, never grouped: 2016年11月21日, 2015年, 2015年3月, 2015年第一季度.
#include <string>

#include "model/date.hpp"
#include "model/period.hpp"

namespace cr::wording {

// 2016-11-21 -> "2016年11月21日".
std::string word_date(const model::Date& date);
// "2015年", "2015年第二季度", "2015年3月", "2015年3月1日", a range "2015年1月1日至2015年6月30日",
// and "全期" for the whole campaign (a column header for figures without a period).
std::string word_period(const model::Period& period);
// The first months of a year as a year-end report names them: "2024年" (all twelve), "2024年1月",
// "2024年1至9月".
std::string word_first_months(int year, int last_month);

}  // namespace cr::wording
