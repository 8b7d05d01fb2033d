#include "stats/covering_records.hpp"

namespace cr::stats {

CoveringRecords::Interval CoveringRecords::interval_of(const model::Period& period) {
  if (period.is_whole_campaign()) return {true, 0, 0};
  return {false, period.first.days_since_epoch(), period.last.days_since_epoch()};
}

void CoveringRecords::push(std::uint32_t record) {
  if (held_.insert(interval_of(campaign_.records[record].period)).second) records_.push_back(record);
}

void CoveringRecords::pop_to(std::size_t size) {
  while (records_.size() > size) {
    held_.erase(interval_of(campaign_.records[records_.back()].period));
    records_.pop_back();
  }
}

std::optional<std::uint32_t> CoveringRecords::first_overlapping(const model::Period& period) const {
  for (std::uint32_t record : records_)
    if (campaign_.records[record].period.overlaps(period)) return record;
  return std::nullopt;
}

}  // namespace cr::stats
