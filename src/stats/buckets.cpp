#include "stats/buckets.hpp"

#include <algorithm>
#include <set>

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

// The dates the buckets must cover: the campaign, widened to every dated record; and the years
// that hold anything, the campaign's own and each record's.
struct Coverage {
  Date first, last;
  std::set<int> years;
};

Coverage covered_span(const model::Campaign& campaign) {
  Coverage c{campaign.start, campaign.end, {}};
  for (int y = campaign.start.year; y <= campaign.end.year; ++y) c.years.insert(y);
  for (const auto& r : campaign.records) {
    if (r.period.is_whole_campaign()) continue;
    c.first = std::min(c.first, r.period.first);
    c.last = std::max(c.last, r.period.last);
    for (int y = r.period.first.year; y <= r.period.last.year; ++y) c.years.insert(y);
  }
  return c;
}

}  // namespace

// Every bucket from the first date to the last, in the years that hold the campaign or a record:
// a stray record years away from the campaign adds its own year, not every empty year between.
std::vector<Period> buckets(const model::Campaign& campaign, BucketSize size) {
  const Coverage c = covered_span(campaign);
  std::vector<Period> out;
  if (c.last < c.first || !Date::valid(c.first.year, c.first.month, c.first.day)) return out;
  for (int y : c.years) {
    const Date from = std::max(c.first, Date{y, 1, 1}), to = std::min(c.last, Date{y, 12, 31});
    for (Period b = bucket_at(from, size); b.first <= to; b = next_bucket(b, size)) out.push_back(b);
  }
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
