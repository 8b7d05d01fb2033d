#pragma once
// Comparisons an official report makes between two figures: growth in % (比上年增长12.5%),
// the change of a rate in 个百分点 (提高2.6个百分点), a share (占…的35.2%), and before/after
// (由15940元提高到20940元). Where the base is missing, zero or not exact there is no
// comparison, and the answer says why; nothing is ever estimated.
#include <cstdint>
#include <optional>

#include "model/quantity.hpp"
#include "stats/figure.hpp"

namespace cr::stats {

enum class ComparisonKind : std::uint8_t {
  growth,        // (current - base) / base in %, one decimal: 12.5 means 增长12.5%
  points,        // current - base of two rates, in 个百分点
  share,         // part / whole in %, one decimal
  before_after,  // the two figures themselves; amount is after - before when both are exact
};

// Why there is no comparison.
enum class NoComparison : std::uint8_t {
  none,             // there is one
  missing_base,     // no base figure (no data for the earlier period, or no whole)
  missing_current,  // no current figure
  zero_base,        // the base is zero: a growth or share of zero is meaningless
  inexact,  // a figure is only a bound or an approximation (10余, 近万): any % would invent precision
  unit_mismatch,  // the two figures are counted in different units
};

struct Comparison {
  ComparisonKind kind = ComparisonKind::growth;
  std::optional<model::Decimal> amount;  // see ComparisonKind; signed
  NoComparison reason = NoComparison::none;
  std::optional<model::Quantity> base;     // the earlier figure (or the whole, for a share)
  std::optional<model::Quantity> current;  // the later figure (or the part)

  // Whether there is a comparison. For before_after, amount may still be absent (inexact figures:
  // 由10余个增加到20多个 is worded, but no difference is computed).
  explicit operator bool() const { return reason == NoComparison::none; }
  // -1 down, 0 unchanged, +1 up, from the values (also when amount is absent but both exist).
  int direction() const;
};

// Growth from base to current: in % for counts and amounts, in 个百分点 when `rate`
// (the indicator's unit is %: a change of a rate is never in %).
Comparison year_on_year(const Lookup& base, const Lookup& current, bool rate);
// The change of a rate in 个百分点 (both exact; a zero base is fine: 0% -> 2.6% is 2.6 points).
Comparison change_in_points(const Lookup& base, const Lookup& current);
// The part's share of the whole in %.
Comparison share_of(const Lookup& part, const Lookup& whole);
// One indicator across two periods, for 由…提高到… wording; present whenever both figures are.
Comparison before_after(const Lookup& before, const Lookup& after);

}  // namespace cr::stats
