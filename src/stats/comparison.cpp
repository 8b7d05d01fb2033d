#include "stats/comparison.hpp"

namespace cr::stats {
namespace {

using model::Decimal;
using model::QualifierKind;

constexpr int percent_digits = 1;

bool exact(const model::Quantity& q) { return model::kind_of(q.qualifier) == QualifierKind::exact; }

// The shared checks: both figures present, same unit; fills base and current.
Comparison start(ComparisonKind kind, const Lookup& base, const Lookup& current) {
  Comparison c;
  c.kind = kind;
  if (base) c.base = base->quantity;
  if (current) c.current = current->quantity;
  if (!current)
    c.reason = NoComparison::missing_current;
  else if (!base)
    c.reason = NoComparison::missing_base;
  else if (base->quantity.unit != current->quantity.unit)
    c.reason = NoComparison::unit_mismatch;
  return c;
}

// (numerator / denominator) * 100, one decimal.
Comparison percent(Comparison c, const Decimal& numerator, const Decimal& denominator) {
  if (denominator.is_zero()) {
    c.reason = NoComparison::zero_base;
    return c;
  }
  c.amount = (numerator * Decimal(100)).divided_by(denominator, percent_digits);
  return c;
}

}  // namespace

int Comparison::direction() const {
  if (amount) return amount->is_zero() ? 0 : (amount->is_negative() ? -1 : 1);
  if (!base || !current) return 0;
  return current->value == base->value ? 0 : (current->value < base->value ? -1 : 1);
}

Comparison year_on_year(const Lookup& base, const Lookup& current, bool rate) {
  if (rate) return change_in_points(base, current);
  Comparison c = start(ComparisonKind::growth, base, current);
  if (c.reason != NoComparison::none) return c;
  if (!exact(*c.base) || !exact(*c.current)) {
    c.reason = NoComparison::inexact;
    return c;
  }
  return percent(c, c.current->value - c.base->value, c.base->value);
}

Comparison change_in_points(const Lookup& base, const Lookup& current) {
  Comparison c = start(ComparisonKind::points, base, current);
  if (c.reason != NoComparison::none) return c;
  if (!exact(*c.base) || !exact(*c.current)) {
    c.reason = NoComparison::inexact;
    return c;
  }
  c.amount = (c.current->value - c.base->value).normalized();
  return c;
}

Comparison share_of(const Lookup& part, const Lookup& whole) {
  Comparison c = start(ComparisonKind::share, whole, part);
  if (c.reason != NoComparison::none) return c;
  if (!exact(*c.base) || !exact(*c.current)) {
    c.reason = NoComparison::inexact;
    return c;
  }
  return percent(c, c.current->value, c.base->value);
}

Comparison before_after(const Lookup& before, const Lookup& after) {
  Comparison c = start(ComparisonKind::before_after, before, after);
  if (c.reason == NoComparison::none && exact(*c.base) && exact(*c.current))
    c.amount = (c.current->value - c.base->value).normalized();
  return c;
}

}  // namespace cr::stats
