#include "model/date.hpp"

#include <chrono>

#include <fmt/format.h>

namespace cr::model {

bool Date::valid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

int Date::days_in_month(int y, int m) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

long Date::days_since_epoch() const {
  namespace chrono = std::chrono;
  const chrono::year_month_day date{chrono::year{year}, chrono::month{static_cast<unsigned>(month)},
                                    chrono::day{static_cast<unsigned>(day)}};
  return chrono::sys_days{date}.time_since_epoch().count();
}

Date Date::from_days_since_epoch(long days) {
  namespace chrono = std::chrono;
  const chrono::year_month_day date{chrono::sys_days{chrono::days{days}}};
  return Date{static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
              static_cast<int>(static_cast<unsigned>(date.day()))};
}

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

}  // namespace cr::model
