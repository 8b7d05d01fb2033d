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

Lookup year_figure(const Statistics& stats, std::uint32_t indicator, const model::Period& period,
                   std::uint32_t unit) {
  const model::Campaign& campaign = stats.campaign();
  if (indicator >= campaign.indicators.size()) return Lookup::missing(Absence::unknown_indicator);
  if (unit != whole_campaign && unit >= campaign.units.size()) return Lookup::missing(Absence::unknown_unit);
  const bool ends_inside = model::Period::day(campaign.end).within(period);
  const auto records = stats.records_for(indicator, unit, [&](const model::Period& p) {
    return p.is_whole_campaign() ? ends_inside : p.within(period);
  });
  return stats.aggregate_records(indicator, records);
}

}  // namespace cr::stats
