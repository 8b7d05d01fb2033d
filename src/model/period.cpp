#include "model/period.hpp"

#include <fmt/format.h>

namespace cr::model {

Period Period::year(int y) { return {Granularity::year, {y, 1, 1}, {y, 12, 31}}; }

Period Period::quarter(int y, int q) {
  const int m = (q - 1) * 3 + 1;
  return {Granularity::quarter, {y, m, 1}, {y, m + 2, Date::days_in_month(y, m + 2)}};
}

Period Period::month(int y, int m) {
  return {Granularity::month, {y, m, 1}, {y, m, Date::days_in_month(y, m)}};
}

Period Period::day(const Date& d) { return {Granularity::day, d, d}; }

std::optional<Period> Period::range(const Period& from, const Period& to) {
  if (from.is_whole_campaign() || to.is_whole_campaign() || to.last < from.first) return std::nullopt;
  return Period{Granularity::range, from.first, to.last};
}

bool Period::within(const Period& outer) const {
  if (outer.is_whole_campaign()) return true;
  if (is_whole_campaign()) return false;
  return outer.first <= first && last <= outer.last;
}

bool Period::overlaps(const Period& other) const {
  if (is_whole_campaign() || other.is_whole_campaign()) return true;
  return first <= other.last && other.first <= last;
}

std::string Period::canonical() const {
  switch (granularity) {
    case Granularity::whole_campaign: return "";
    case Granularity::year: return fmt::format("{:04}", first.year);
    case Granularity::quarter: return fmt::format("{:04}-Q{}", first.year, (first.month - 1) / 3 + 1);
    case Granularity::month: return fmt::format("{:04}-{:02}", first.year, first.month);
    case Granularity::day: return first.iso();
    case Granularity::range: return first.iso() + "/" + last.iso();
  }
  return "";
}

}  // namespace cr::model
