// A narrative text (narrative/*.md) with its placeholders: the block and inline parsers, and the
// placeholder syntax, with a resolver that fills every placeholder with a value of its own.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "report/narrative.hpp"
#include "report/placeholder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  cr::diag::Diagnostics diagnostics;
  const cr::report::PlaceholderResolver resolve = [&](std::string_view inner, const cr::model::SourcePosition& at)
      -> std::optional<std::string> {
    if (!cr::report::parse_placeholder(inner, at, diagnostics)) return std::nullopt;
    return "1,200 人次 清源县委 清源县人民政府";
  };
  const auto blocks = cr::report::parse_narrative(text, "narrative/results.md", diagnostics, resolve);
  std::size_t seen = blocks.size();
  for (const auto& d : diagnostics.sorted()) seen += d.message_en.size();
  return seen == static_cast<std::size_t>(-1);
}
