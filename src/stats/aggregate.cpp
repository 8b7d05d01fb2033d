#include "stats/aggregate.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "stats/qualifier_rules.hpp"

namespace cr::stats {
namespace {

using model::Decimal;
using model::Record;

// The qualifier and scale of all parts, and the value that `pick` yields.
Figure combine(const model::Campaign& campaign, std::span<const std::uint32_t> records, Decimal value) {
  Figure f;
  f.quantity.value = value;
  f.quantity.unit = campaign.indicators[campaign.records[records.front()].indicator].unit;
  std::vector<model::Qualifier> qualifiers;
  for (std::uint32_t i : records) {
    const Record& r = campaign.records[i];
    qualifiers.push_back(r.qualifier);
    f.quantity.written_scale = combined_scale(f.quantity.written_scale, r.written_scale);
  }
  f.quantity.qualifier = combined_qualifier(qualifiers);
  f.record_count = records.size();
  return f;
}

Decimal sum_of(const model::Campaign& campaign, std::span<const std::uint32_t> records) {
  Decimal total;
  for (std::uint32_t i : records) total += campaign.records[i].value.value();
  return total;
}

// Whether record a is a later statement than record b of the same unit.
bool later(const Record& a, const Record& b) {
  if (a.period.is_whole_campaign() != b.period.is_whole_campaign()) return a.period.is_whole_campaign();
  if (a.period.last != b.period.last) return b.period.last < a.period.last;
  return a.line > b.line;
}

std::vector<std::uint32_t> latest_per_unit(const model::Campaign& campaign,
                                           std::span<const std::uint32_t> records) {
  std::map<std::uint32_t, std::uint32_t> latest;  // unit -> record; ordered, so deterministic
  for (std::uint32_t i : records) {
    auto [it, inserted] = latest.try_emplace(campaign.records[i].unit, i);
    if (!inserted && later(campaign.records[i], campaign.records[it->second])) it->second = i;
  }
  std::vector<std::uint32_t> chosen;
  for (const auto& [unit, record] : latest) chosen.push_back(record);
  return chosen;
}

Figure average(const model::Campaign& campaign, std::span<const std::uint32_t> records) {
  int digits = 0;
  for (std::uint32_t i : records) digits = std::max(digits, campaign.records[i].value.value().scale());
  const Decimal total = sum_of(campaign, records);
  const auto count = static_cast<long long>(records.size());
  return combine(campaign, records,
                 total.divided_by(Decimal(count), std::min(digits + 2, Decimal::max_scale))->normalized());
}

Lookup aggregate_checked(const model::Campaign& campaign, std::span<const std::uint32_t> records,
                         model::Aggregate how) {
  switch (how) {
    case model::Aggregate::sum:
      return Lookup::found(combine(campaign, records, sum_of(campaign, records)));
    case model::Aggregate::max: {
      Decimal top = campaign.records[records.front()].value.value();
      for (std::uint32_t i : records) top = std::max(top, campaign.records[i].value.value());
      return Lookup::found(combine(campaign, records, top));
    }
    case model::Aggregate::last: {
      const auto chosen = latest_per_unit(campaign, records);
      return Lookup::found(combine(campaign, chosen, sum_of(campaign, chosen)));
    }
    case model::Aggregate::avg:
      return Lookup::found(average(campaign, records));
    case model::Aggregate::none:
      if (records.size() > 1) return Lookup::missing(Absence::not_aggregable);
      return Lookup::found(combine(campaign, records, campaign.records[records.front()].value.value()));
  }
  return Lookup::missing(Absence::no_records);
}

}  // namespace

Lookup aggregate(const model::Campaign& campaign, std::span<const std::uint32_t> records,
                 model::Aggregate how) {
  if (records.empty()) return Lookup::missing(Absence::no_records);
  try {
    return aggregate_checked(campaign, records, how);
  } catch (const model::DecimalOverflow&) {
    throw FigureOverflow(campaign.indicators[campaign.records[records.front()].indicator]);
  }
}

FigureOverflow::FigureOverflow(const model::Indicator& indicator)
    : std::overflow_error("the figure of indicator '" + indicator.id + "' passes 128 bits"),
      indicator_id(indicator.id),
      indicator_name(indicator.name) {}

}  // namespace cr::stats
