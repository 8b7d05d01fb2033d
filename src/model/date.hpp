#pragma once
// A calendar date (proleptic Gregorian); campaigns never need a time of day.
#include <compare>
#include <optional>
#include <string>

namespace cr::model {

struct Date {
  int year = 0, month = 0, day = 0;

  static bool valid(int year, int month, int day);
  static int days_in_month(int year, int month);
  // Days since 1970-01-01 (negative before), for comparisons and durations.
  long days_since_epoch() const;
  static Date from_days_since_epoch(long days);
  std::string iso() const;  // 2016-11-21

  friend auto operator<=>(const Date&, const Date&) = default;
};

}  // namespace cr::model
