#include "output/source_date.hpp"

#include <charconv>
#include <string_view>

#include <fmt/format.h>

#include "diag/excerpt.hpp"

namespace cr::output {

std::optional<std::int64_t> source_date_epoch(std::string_view text, diag::Diagnostics& diagnostics) {
  if (text.empty()) return std::nullopt;
  std::int64_t seconds = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  const bool number = error == std::errc{} && end == text.data() + text.size();
  if (number && seconds >= 0 && seconds <= latest_source_date) return seconds;
  if (number || error == std::errc::result_out_of_range) {
    // gmtime() gives no date past year 2^31, and Excel and PDF dates stop at 9999.
    diagnostics.error(
        "", 0, 0, "source-date-out-of-range",
        fmt::format("环境变量 SOURCE_DATE_EPOCH 的值“{}”超出范围：只接受 1970 年至 9999 年的时刻（0 至 {}）",
                    diag::quoted_excerpt(text), latest_source_date),
        fmt::format("SOURCE_DATE_EPOCH '{}' is out of range: only times from 1970 to 9999 are accepted "
                    "(0 to {})",
                    diag::quoted_excerpt(text), latest_source_date));
    return std::nullopt;
  }
  diagnostics.warning(
      "", 0, 0, "bad-source-date-epoch",
      fmt::format("环境变量 SOURCE_DATE_EPOCH 的值“{}”不是自1970年起的整秒数，已忽略", diag::quoted_excerpt(text)),
      fmt::format("SOURCE_DATE_EPOCH '{}' is not a whole number of seconds since 1970; ignored",
                  diag::quoted_excerpt(text)));
  return std::nullopt;
}

std::int64_t china_midnight(long days_since_epoch) {
  return static_cast<std::int64_t>(days_since_epoch) * 86400 - 8 * 3600;
}

}  // namespace cr::output
