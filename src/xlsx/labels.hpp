#pragma once
// How dates and periods read in the workbook's cells: 2016年11月21日, 2015年3月, 2015年第1季度.
#include <string>

#include "model/date.hpp"
#include "model/period.hpp"

namespace cr::xlsx {

// 2016年11月21日 (GB/T 9704: full year, no leading zeros).
std::string date_label(const model::Date& date);
// 2015年, 2015年第1季度, 2015年3月, 2015年3月1日, 2015年1月1日至2015年6月30日; the whole
// campaign reads 全期.
std::string period_label(const model::Period& period);

}  // namespace cr::xlsx
