#include "output/document_date.hpp"

#include "output/source_date.hpp"

namespace cr::output {

model::Date data_as_of(const model::Campaign& campaign) {
  if (campaign.report.as_of) return *campaign.report.as_of;
  bool found = false;
  model::Date latest;
  for (const model::Record& record : campaign.records) {
    if (record.period.is_whole_campaign()) continue;
    if (!found || latest < record.period.last) latest = record.period.last;
    found = true;
  }
  return found ? latest : campaign.end;
}

model::Date document_date(const model::Campaign& campaign) { return campaign.published.value_or(campaign.end); }

std::int64_t document_time(const model::Campaign& campaign, std::optional<std::int64_t> source_date_epoch) {
  if (source_date_epoch) return *source_date_epoch;
  return china_midnight(document_date(campaign).days_since_epoch());
}

}  // namespace cr::output
