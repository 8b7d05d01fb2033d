#include "model/campaign.hpp"

#include <algorithm>

namespace cr::model {
namespace {

template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Program* Campaign::find_program(const std::string& wanted) const { return find_by_id(programs, wanted); }
const Indicator* Campaign::find_indicator(const std::string& wanted) const { return find_by_id(indicators, wanted); }
const OrgUnit* Campaign::find_unit(const std::string& wanted) const { return find_by_id(units, wanted); }

const Narrative* Campaign::find_narrative(const std::string& section) const {
  auto it = narratives.find(section);
  return it == narratives.end() ? nullptr : &it->second;
}

Quantity Campaign::quantity(const Record& record) const {
  return Quantity{record.value.value(), record.qualifier, indicators[record.indicator].unit, record.written_scale};
}

}  // namespace cr::model
