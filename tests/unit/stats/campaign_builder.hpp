#pragma once
// Campaigns written in C++ for the statistics tests: a few indicators, a unit tree, records.
#include <stdexcept>
#include <string>
#include <vector>

#include "model/campaign.hpp"

namespace cr::test {

class CampaignBuilder {
 public:
  CampaignBuilder() {
    campaign_.id = "test";
    campaign_.start = {2014, 11, 1};
    campaign_.end = {2016, 3, 31};
  }

  CampaignBuilder& indicator(const std::string& id, const std::string& unit,
                             model::Aggregate aggregate = model::Aggregate::sum,
                             const std::string& program = "") {
    model::Indicator i;
    i.id = id;
    i.name = id;
    i.unit = unit;
    i.aggregate = aggregate;
    i.program = program;
    campaign_.indicators.push_back(i);
    return *this;
  }

  CampaignBuilder& unit(const std::string& id, const std::string& parent = "") {
    campaign_.units.push_back({id, id, "", parent, {}});
    return *this;
  }

  // value as an official would have it after parsing: "10", "197.28"; unit "" for the campaign.
  CampaignBuilder& record(const std::string& indicator, const std::string& value, model::Period period = {},
                          const std::string& unit = "", model::Qualifier q = model::Qualifier::exact,
                          model::Scale scale = model::Scale::one) {
    model::Record r;
    r.indicator = index_of(campaign_.indicators, indicator);
    r.unit = unit.empty() ? model::Record::no_unit : index_of(campaign_.units, unit);
    r.line = static_cast<std::uint32_t>(campaign_.records.size() + 2);
    r.period = period;
    r.qualifier = q;
    r.written_scale = scale;
    r.value = *model::CompactDecimal::from(*model::Decimal::parse(value));
    campaign_.records.push_back(r);
    return *this;
  }

  model::Campaign build() const { return campaign_; }

 private:
  template <typename T>
  static std::uint32_t index_of(const std::vector<T>& items, const std::string& id) {
    for (std::size_t i = 0; i < items.size(); ++i)
      if (items[i].id == id) return static_cast<std::uint32_t>(i);
    throw std::logic_error("test campaign: unknown id " + id);
  }

  model::Campaign campaign_;
};

inline model::Decimal dec(const char* text) { return *model::Decimal::parse(text); }

}  // namespace cr::test
