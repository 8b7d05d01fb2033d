#pragma once
// Period buckets for tables and charts: years, quarters or months across the campaign.
// A record counts in a bucket only when its whole period lies inside it; a record whose period
// spans buckets (a range, a year seen by quarters, the whole campaign) counts in the total and
// in the 未分期 (unassigned) cell, never spread over buckets by guesswork.
#include <cstdint>
#include <optional>
#include <vector>

#include "model/campaign.hpp"
#include "stats/comparison.hpp"
#include "stats/statistics.hpp"

namespace cr::stats {

enum class BucketSize : std::uint8_t { year, quarter, month };

// The buckets from the earlier of the campaign start and the first record to the later of the
// campaign end and the last record, in time order, in the years that hold the campaign or a
// record only: a year with neither has no buckets.
std::vector<model::Period> buckets(const model::Campaign& campaign, BucketSize size);
// The bucket of `size` that contains the whole of `period`, if one does.
std::optional<model::Period> bucket_of(const model::Period& period, BucketSize size);
// The same bucket one year earlier (2015 -> 2014, 2015-Q2 -> 2014-Q2): the base of 同比.
model::Period year_before(const model::Period& bucket);

// One indicator for one unit, bucket by bucket.
struct BucketRow {
  std::uint32_t indicator = 0;
  std::uint32_t unit = whole_campaign;
  std::vector<model::Period> periods;  // the buckets, as buckets() gives them
  std::vector<Lookup> cells;           // one per bucket
  Lookup unassigned;                   // 未分期: records that fit no bucket (Absence::no_records if none)
  std::vector<Comparison> year_on_year;  // one per bucket, against the same bucket a year earlier
};

// The row of `indicator` for `unit` in buckets of `size`; growth is in 个百分点 for rates.
BucketRow bucket_row(const Statistics& stats, std::uint32_t indicator, std::uint32_t unit, BucketSize size);

}  // namespace cr::stats
