#include "pdf/document_info.hpp"

#include <chrono>

#include <fmt/format.h>

namespace cr::pdf {
namespace {

constexpr std::int64_t china_offset = 8 * 3600;

struct CivilTime {
  int year;
  unsigned month, day;
  long hour, minute, second;
};

// Seconds since 1970-01-01 to a proleptic Gregorian date and time of day.
CivilTime civil(std::int64_t seconds) {
  namespace chrono = std::chrono;
  const chrono::sys_seconds time{chrono::seconds{seconds}};
  const auto day = chrono::floor<chrono::days>(time);
  const chrono::year_month_day date{day};
  const chrono::hh_mm_ss time_of_day{time - day};
  return {static_cast<int>(date.year()), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
          time_of_day.hours().count(), time_of_day.minutes().count(),
          static_cast<long>(time_of_day.seconds().count())};
}

}  // namespace

std::string pdf_date(std::int64_t seconds_since_epoch) {
  CivilTime t = civil(seconds_since_epoch + china_offset);
  return fmt::format("D:{:04}{:02}{:02}{:02}{:02}{:02}+08'00'", t.year, t.month, t.day, t.hour, t.minute,
                     t.second);
}

std::string iso_date(std::int64_t seconds_since_epoch) {
  CivilTime t = civil(seconds_since_epoch + china_offset);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+08:00", t.year, t.month, t.day, t.hour, t.minute,
                     t.second);
}

}  // namespace cr::pdf
