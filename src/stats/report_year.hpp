#pragma once
// The year a year-end report covers, and the base it is compared with.
//
// A year-end report (年度工作总结) gives the figures of one calendar year and compares them with
// the year before. When the year is covered only in part (the latest record's period ends before
// 31 December, or the campaign ends before it), the report covers 1 January to the end of the last
// month covered, and the base is the same months of the year before, so that nine months are
// never compared with twelve: 1至9月 … 比上年同期增长12.5%.
//
//   auto year = cr::stats::report_year(campaign, 2024);
//   stats.figure("trainees", year.current, "");  // 2024 (or 2024-01/2024-09)
//   stats.figure("trainees", year.base, "");     // 2023 (or 2023-01/2023-09)
#include <string>

#include "model/campaign.hpp"
#include "model/period.hpp"
#include "stats/statistics.hpp"

namespace cr::stats {

struct ReportYear {
  int year = 0;
  int last_month = 12;    // the last month covered; 12 for a whole year
  model::Period current;  // the year, or its months 1..last_month
  model::Period base;     // the same months of the year before
  bool partial() const { return last_month < 12; }
  // The phrase a comparison with the base starts with: 比上年, or 比上年同期 for part of a year.
  std::string against() const { return partial() ? "比上年同期" : "比上年"; }
};

// `year` as the campaign covers it: cut at the end of the latest record's period and at the
// campaign's end, whichever is earlier (a year the data does not reach stays whole: it has no
// figures, which the report says as it says any other absence).
ReportYear report_year(const model::Campaign& campaign, int year);

// The year a report covers: [report] year, else the year the campaign ends.
int chosen_year(const model::Campaign& campaign);

// The figure of `indicator` over a part of the report year (ReportYear::current or ::base): the
// records whose period lies inside it, and the campaign's records without a period when the
// campaign ends inside it (they state the campaign's figure as of its end: 全县辖4个乡镇).
Lookup year_figure(const Statistics& stats, std::uint32_t indicator, const model::Period& period,
                   std::uint32_t unit = whole_campaign);

}  // namespace cr::stats
