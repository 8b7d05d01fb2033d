#include "xlsx/as_of.hpp"

namespace cr::xlsx {

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

}  // namespace cr::xlsx
