#include "output/source_date.hpp"

#include <charconv>
#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

namespace cr::output {

std::optional<std::int64_t> source_date_epoch(diag::Diagnostics& diagnostics) {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (value == nullptr || *value == '\0') return std::nullopt;
  std::string_view text(value);
  std::int64_t seconds = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (error == std::errc{} && end == text.data() + text.size() && seconds >= 0) return seconds;
  diagnostics.warning(
      "", 0, 0, "bad-source-date-epoch",
      fmt::format("环境变量 SOURCE_DATE_EPOCH 的值“{}”不是自1970年起的整秒数，已忽略", text),
      fmt::format("SOURCE_DATE_EPOCH '{}' is not a whole number of seconds since 1970; ignored", text));
  return std::nullopt;
}

std::int64_t china_midnight(long days_since_epoch) {
  return static_cast<std::int64_t>(days_since_epoch) * 86400 - 8 * 3600;
}

}  // namespace cr::output
