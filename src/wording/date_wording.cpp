#include "wording/date_wording.hpp"

#include <fmt/format.h>

#include "wording/chinese_numerals.hpp"

namespace cr::wording {

std::string word_date(const model::Date& date) {
  return fmt::format("{}年{}月{}日", date.year, date.month, date.day);
}

std::string word_period(const model::Period& period) {
  const model::Date& d = period.first;
  switch (period.granularity) {
    case model::Granularity::whole_campaign:
      return "全期";
    case model::Granularity::year:
      return fmt::format("{}年", d.year);
    case model::Granularity::quarter:
      return fmt::format("{}年第{}季度", d.year, *chinese_numeral((d.month - 1) / 3 + 1, NumeralUse::plain));
    case model::Granularity::month:
      return fmt::format("{}年{}月", d.year, d.month);
    case model::Granularity::day:
      return word_date(d);
    case model::Granularity::range:
      return word_date(period.first) + "至" + word_date(period.last);
  }
  return "";
}

std::string word_first_months(int year, int last_month) {
  const std::string y = std::to_string(year) + "年";
  if (last_month >= 12) return y;
  if (last_month <= 1) return y + "1月";
  return y + "1至" + std::to_string(last_month) + "月";
}

}  // namespace cr::wording
