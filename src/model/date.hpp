#pragma once
// A calendar date (proleptic Gregorian); campaigns never need a time of day.
#include <compare>
#include <cstdint>
#include <string>

namespace cr::model {

// Four bytes, so that a million records stay small.
struct Date {
  std::int16_t year = 0;
  std::int8_t month = 0, day = 0;

  constexpr Date() = default;
  constexpr Date(int y, int m, int d)
      : year(static_cast<std::int16_t>(y)), month(static_cast<std::int8_t>(m)), day(static_cast<std::int8_t>(d)) {}

  static bool valid(int year, int month, int day);
  static int days_in_month(int year, int month);
  // Days since 1970-01-01 (negative before), for comparisons and durations.
  long days_since_epoch() const;
  static Date from_days_since_epoch(long days);
  std::string iso() const;  // 2016-11-21

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

}  // namespace cr::model
