#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "text/utf8.hpp"

using namespace cr::text;

TEST_CASE("utf8 decoding and width") {
  CHECK(decode("𠮷a中") == U"\U00020BB7a中");
  CHECK(encode(U"\U00020BB7") == "𠮷");
  CHECK(display_width("数值12") == 6);
  CHECK(first_invalid_byte("ab\xC3") == 2u);
  CHECK(first_invalid_byte("\xED\xA0\x80") == 0u);  // a surrogate
  CHECK_FALSE(first_invalid_byte("中文"));
  CHECK(fold_width("１，０００") == "1,000");
  CHECK(trim("\u3000 数值 ") == "数值");
}

namespace {

// The decoder as first written, byte by byte: what next_code_point must keep answering.
std::optional<char32_t> reference_decode(std::string_view text, std::size_t& pos) {
  if (pos >= text.size()) return std::nullopt;
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  int length = 0;
  char32_t cp = 0;
  if (lead < 0x80)
    length = 1, cp = lead;
  else if ((lead & 0xE0) == 0xC0)
    length = 2, cp = lead & 0x1F;
  else if ((lead & 0xF0) == 0xE0)
    length = 3, cp = lead & 0x0F;
  else if ((lead & 0xF8) == 0xF0)
    length = 4, cp = lead & 0x07;
  else
    return std::nullopt;
  if (pos + length > text.size()) return std::nullopt;
  for (int i = 1; i < length; ++i) {
    const unsigned char c = byte(pos + i);
    if ((c & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (c & 0x3F);
  }
  static constexpr char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < minimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  pos += length;
  return cp;
}

// Both decoders on `bytes` from byte 1 (after a lead-in byte, so that pos is not 0), whole and
// cut short at every length: the same code point, or none, and the same position after.
int disagreements(const std::string& bytes) {
  int count = 0;
  for (std::size_t cut = 1; cut <= bytes.size(); ++cut) {
    const std::string_view text(bytes.data(), cut);
    std::size_t ours = 1, theirs = 1;
    const auto a = next_code_point(text, ours);
    const auto b = reference_decode(text, theirs);
    count += a != b || ours != theirs;
  }
  return count;
}

}  // namespace

// Values at the edges of the byte ranges UTF-8 tells apart.
constexpr int edges[] = {0x00, 0x3F, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF4, 0xFF};

TEST_CASE("next_code_point answers as the byte-by-byte decoder for sequences of up to three bytes") {
  // Every lead and second byte; every third byte after a three-byte lead, the edges otherwise.
  int disagreed = 0;
  std::string bytes = "a???";
  for (int b0 = 0; b0 < 256; ++b0)
    for (int b1 = 0; b1 < 256; ++b1)
      for (int b2 = 0; b2 < 256; ++b2) {
        const bool three_byte_lead = b0 >= 0xE0 && b0 < 0xF0;
        if (!three_byte_lead && std::find(std::begin(edges), std::end(edges), b2) == std::end(edges))
          continue;
        bytes[1] = static_cast<char>(b0), bytes[2] = static_cast<char>(b1), bytes[3] = static_cast<char>(b2);
        disagreed += disagreements(bytes);
      }
  CHECK(disagreed == 0);
  std::size_t pos = 0;
  CHECK(next_code_point("\uFFFF", pos) == U'\uFFFF');
  CHECK(pos == 3);
}

TEST_CASE("next_code_point answers as the byte-by-byte decoder for four-byte sequences") {
  // Every four-byte (or invalid) lead and second byte; the edges for the last two.
  int disagreed = 0;
  std::string bytes = "a????";
  for (int b0 = 0xF0; b0 < 256; ++b0)
    for (int b1 = 0; b1 < 256; ++b1)
      for (int b2 : edges)
        for (int b3 : edges) {
          bytes[1] = static_cast<char>(b0), bytes[2] = static_cast<char>(b1);
          bytes[3] = static_cast<char>(b2), bytes[4] = static_cast<char>(b3);
          disagreed += disagreements(bytes);
        }
  CHECK(disagreed == 0);
  std::size_t pos = 0;
  CHECK(next_code_point("\U0010FFFF", pos) == U'\U0010FFFF');
  CHECK(pos == 4);
}
