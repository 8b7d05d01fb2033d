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

  // The years a campaign's dates and periods may lie in. Beyond them a typo (9999-12-31,
  // 0001-01-01) would make a workbook of thousands of empty columns, or dates no reader takes.
  static constexpr int earliest_year = 1900, latest_year = 2199;
  static constexpr bool year_in_range(int year) { return year >= earliest_year && year <= latest_year; }

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
