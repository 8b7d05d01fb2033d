#pragma once
// Quantities written briefly for the wording tests: q("26250", "吨", Qualifier::yue, Scale::wan).
#include "model/quantity.hpp"

namespace cr::test {

inline model::Quantity q(const char* value, const char* unit,
                         model::Qualifier qualifier = model::Qualifier::exact,
                         model::Scale scale = model::Scale::one) {
  return model::Quantity{*model::Decimal::parse(value), qualifier, unit, scale};
}

}  // namespace cr::test
