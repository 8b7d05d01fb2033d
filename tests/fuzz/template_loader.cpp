// A report template (templates/*.toml): the guards, the TOML parser, the sections and their texts.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "report/template.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  cr::diag::Diagnostics diagnostics;
  const auto parsed = cr::report::parse_template(text, "templates/fuzz.toml", diagnostics);
  std::size_t seen = parsed ? parsed->sections.size() : 0;
  for (const auto& d : diagnostics.sorted()) seen += d.message_zh.size();
  return seen == static_cast<std::size_t>(-1);
}
