#include "xlsx/labels.hpp"

#include <fmt/format.h>

namespace cr::xlsx {

std::string date_label(const model::Date& date) { return fmt::format("{}年{}月{}日", date.year, date.month, date.day); }

std::string period_label(const model::Period& period) {
  using model::Granularity;
  const model::Date& first = period.first;
  switch (period.granularity) {
    case Granularity::whole_campaign: return "全期";
    case Granularity::year: return fmt::format("{}年", first.year);
    case Granularity::quarter: return fmt::format("{}年第{}季度", first.year, (first.month - 1) / 3 + 1);
    case Granularity::month: return fmt::format("{}年{}月", first.year, first.month);
    case Granularity::day: return date_label(first);
    case Granularity::range: return date_label(first) + "至" + date_label(period.last);
  }
  return {};
}

}  // namespace cr::xlsx
