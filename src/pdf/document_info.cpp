#include "pdf/document_info.hpp"

#include <fmt/format.h>

namespace cr::pdf {
namespace {

constexpr std::int64_t china_offset = 8 * 3600;

struct CivilTime {
  std::int64_t year;
  unsigned month, day, hour, minute, second;
};

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
CivilTime civil(std::int64_t seconds) {
  std::int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  std::int64_t rest = seconds - days * 86400;
  days += 719468;
  std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  auto doe = static_cast<unsigned>(days - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
  return {y,
          m,
          d,
          static_cast<unsigned>(rest / 3600),
          static_cast<unsigned>(rest / 60 % 60),
          static_cast<unsigned>(rest % 60)};
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
