#include "stats/report_year.hpp"

#include <algorithm>

namespace cr::stats {
namespace {

// The last day any record of the campaign speaks of; the campaign's end when there are none.
model::Date latest_record_end(const model::Campaign& campaign) {
  std::optional<model::Date> latest;
  for (const model::Record& r : campaign.records)
    if (!r.period.is_whole_campaign() && (!latest || *latest < r.period.last)) latest = r.period.last;
  return latest.value_or(campaign.end);
}

// Months 1..last of `year` as one period: the whole year when last is 12.
model::Period first_months(int year, int last) {
  if (last >= 12) return model::Period::year(year);
  return *model::Period::range(model::Period::month(year, 1), model::Period::month(year, last));
}

}  // namespace

ReportYear report_year(const model::Campaign& campaign, int year) {
  ReportYear out;
  out.year = year;
  const model::Date covered = std::min(latest_record_end(campaign), campaign.end);
  // A year that ends before the data does, or that the data never reaches, is taken whole.
  if (covered.year == year && covered < model::Date(year, 12, 31)) out.last_month = covered.month;
  out.current = first_months(year, out.last_month);
  out.base = first_months(year - 1, out.last_month);
  return out;
}

int chosen_year(const model::Campaign& campaign) { return campaign.report.year.value_or(campaign.end.year); }

}  // namespace cr::stats
