#include "stats/buckets.hpp"

#include <algorithm>

namespace cr::stats {
namespace {

using model::Date;
using model::Period;

Period bucket_at(const Date& d, BucketSize size) {
  switch (size) {
    case BucketSize::year:
      return Period::year(d.year);
    case BucketSize::quarter:
      return Period::quarter(d.year, (d.month - 1) / 3 + 1);
    case BucketSize::month:
      return Period::month(d.year, d.month);
  }
  return Period::year(d.year);
}

Period next_bucket(const Period& bucket, BucketSize size) {
  return bucket_at(Date::from_days_since_epoch(bucket.last.days_since_epoch() + 1), size);
}

// The dates the buckets must cover: the campaign, widened to every dated record.
std::pair<Date, Date> covered_span(const model::Campaign& campaign) {
  Date first = campaign.start, last = campaign.end;
  for (const auto& r : campaign.records) {
    if (r.period.is_whole_campaign()) continue;
    first = std::min(first, r.period.first);
    last = std::max(last, r.period.last);
  }
  return {first, last};
}

}  // namespace

std::vector<Period> buckets(const model::Campaign& campaign, BucketSize size) {
  const auto [first, last] = covered_span(campaign);
  std::vector<Period> out;
  if (last < first || !Date::valid(first.year, first.month, first.day)) return out;
  for (Period b = bucket_at(first, size); b.first <= last; b = next_bucket(b, size)) out.push_back(b);
  return out;
}

std::optional<Period> bucket_of(const Period& period, BucketSize size) {
  if (period.is_whole_campaign()) return std::nullopt;
  Period b = bucket_at(period.first, size);
  if (period.within(b)) return b;
  return std::nullopt;
}

Period year_before(const Period& bucket) {
  const int y = bucket.first.year - 1;
  switch (bucket.granularity) {
    case model::Granularity::quarter:
      return Period::quarter(y, (bucket.first.month - 1) / 3 + 1);
    case model::Granularity::month:
      return Period::month(y, bucket.first.month);
    default:
      return Period::year(y);
  }
}

BucketRow bucket_row(const Statistics& stats, std::uint32_t indicator, std::uint32_t unit, BucketSize size) {
  BucketRow row;
  row.indicator = indicator;
  row.unit = unit;
  row.periods = buckets(stats.campaign(), size);
  for (const Period& b : row.periods) row.cells.push_back(stats.figure(indicator, b, unit));
  const bool rate = stats.campaign().indicators[indicator].is_rate();
  for (std::size_t i = 0; i < row.periods.size(); ++i) {
    const Period base = year_before(row.periods[i]);
    auto it = std::find(row.periods.begin(), row.periods.end(), base);
    Lookup base_cell = it == row.periods.end()
                           ? stats.figure(indicator, base, unit)
                           : row.cells[static_cast<std::size_t>(it - row.periods.begin())];
    row.year_on_year.push_back(year_on_year(base_cell, row.cells[i], rate));
  }
  auto unassigned = stats.records_for(indicator, unit, [&](const Period& p) { return !bucket_of(p, size); });
  row.unassigned = stats.aggregate_records(indicator, unassigned);
  return row;
}

}  // namespace cr::stats
