// The value and period parsers, as a records.csv cell reaches them: numbers with separators,
// Chinese numerals and scales (近万, 1.2亿), qualifiers, and every way of writing a period.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "input/numeral_parser.hpp"
#include "input/period_parser.hpp"
#include "input/value_parser.hpp"
#include "report/placeholder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t seen = 0;
  for (std::string_view unit : {"", "%", "人次", "万元", "个"}) {
    const auto value = cr::input::parse_value(text, unit);
    seen += cr::input::problem_of(value) ? 1 : 2;
  }
  seen += cr::input::problem_of(cr::input::parse_qualifier(text)) ? 1 : 0;
  const auto period = cr::input::parse_period(text);
  if (const auto* parsed = std::get_if<cr::input::ParsedPeriod>(&period)) seen += parsed->period.canonical().size();
  seen += cr::input::parse_chinese_numeral(text).has_value();
  seen += cr::report::parse_period_selector(text).has_value();
  return seen == static_cast<std::size_t>(-1);
}
