#include "stats/qualifier_rules.hpp"

namespace cr::stats {

using model::Qualifier;
using model::QualifierKind;

Qualifier combined_qualifier(Qualifier a, Qualifier b) {
  const QualifierKind ka = model::kind_of(a), kb = model::kind_of(b);
  if (ka == QualifierKind::approximate || kb == QualifierKind::approximate) return Qualifier::yue;
  if (ka == QualifierKind::exact) return b;
  if (kb == QualifierKind::exact) return a;
  return a == b ? a : Qualifier::yu;  // two lower bounds of different words: still a lower bound
}

Qualifier combined_qualifier(std::span<const Qualifier> parts) {
  if (parts.empty()) return Qualifier::exact;
  Qualifier result = parts.front();  // one part keeps its own word: 近万 alone stays 近万
  for (Qualifier q : parts.subspan(1)) result = combined_qualifier(result, q);
  return result;
}

model::Scale combined_scale(model::Scale a, model::Scale b) {
  return model::exponent_of(a) >= model::exponent_of(b) ? a : b;
}

}  // namespace cr::stats
