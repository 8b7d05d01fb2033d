#include "model/own_records.hpp"

#include <algorithm>

namespace cr::model {

bool has_previous_records(const Campaign& campaign) {
  return std::any_of(campaign.records.begin(), campaign.records.end(),
                     [](const Record& r) { return !r.is_own(); });
}

Campaign own_records(const Campaign& campaign) {
  Campaign own = campaign;
  std::erase_if(own.records, [](const Record& r) { return !r.is_own(); });
  return own;
}

}  // namespace cr::model
