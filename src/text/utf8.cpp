#include "text/utf8.hpp"

namespace cr::text {

std::optional<char32_t> next_code_point(std::string_view text, std::size_t& pos) {
  // One branch a sequence length, the common ones first: every character of a report is decoded
  // several times over (checked for a face, shaped, broken into lines).
  if (pos >= text.size()) return std::nullopt;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const std::size_t left = text.size() - pos;
  const unsigned char lead = s[0];
  const auto continuation = [](unsigned char c) { return (c & 0xC0) == 0x80; };
  if (lead < 0x80) {
    pos += 1;
    return lead;
  }
  if (lead >= 0xE0 && lead < 0xF0) {  // Han and CJK punctuation
    if (left < 3 || !continuation(s[1]) || !continuation(s[2])) return std::nullopt;
    const char32_t cp = (char32_t{lead & 0x0Fu} << 12) | (char32_t{s[1] & 0x3Fu} << 6) | (s[2] & 0x3Fu);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;  // overlong, surrogate
    pos += 3;
    return cp;
  }
  if (lead >= 0xC0 && lead < 0xE0) {
    if (left < 2 || !continuation(s[1])) return std::nullopt;
    const char32_t cp = (char32_t{lead & 0x1Fu} << 6) | (s[1] & 0x3Fu);
    if (cp < 0x80) return std::nullopt;  // overlong
    pos += 2;
    return cp;
  }
  if (lead >= 0xF0 && lead < 0xF8) {
    if (left < 4 || !continuation(s[1]) || !continuation(s[2]) || !continuation(s[3])) return std::nullopt;
    const char32_t cp = (char32_t{lead & 0x07u} << 18) | (char32_t{s[1] & 0x3Fu} << 12) |
                        (char32_t{s[2] & 0x3Fu} << 6) | (s[3] & 0x3Fu);
    if (cp < 0x10000 || cp > 0x10FFFF) return std::nullopt;  // overlong, beyond Unicode
    pos += 4;
    return cp;
  }
  return std::nullopt;  // a continuation byte, or no UTF-8 lead
}

std::optional<std::size_t> first_invalid_byte(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size())
    if (!next_code_point(text, pos)) return pos;
  return std::nullopt;
}

std::u32string decode(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (auto cp = next_code_point(text, pos))
      out.push_back(*cp);
    else
      out.push_back(U'\uFFFD'), ++pos;
  }
  return out;
}

namespace {

// Writes the UTF-8 bytes of `cp` at `at`; returns the end.
char* put_utf8(char* at, char32_t cp) {
  if (cp < 0x80) {
    *at++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *at++ = static_cast<char>(0xC0 | (cp >> 6));
    *at++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *at++ = static_cast<char>(0xE0 | (cp >> 12));
    *at++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *at++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *at++ = static_cast<char>(0xF0 | (cp >> 18));
    *at++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *at++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *at++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return at;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  char bytes[4];
  out.append(bytes, static_cast<std::size_t>(put_utf8(bytes, cp) - bytes));
}

std::string encode(std::u32string_view text) {
  // Every line drawn and every run goes through here: write into a buffer of the largest
  // size (four bytes a code point), then cut it to what was written.
  std::string out(text.size() * 4, '\0');
  char* at = out.data();
  for (char32_t cp : text) at = put_utf8(at, cp);
  out.resize(static_cast<std::size_t>(at - out.data()));
  return out;
}

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
         (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
         (cp >= 0x20000 && cp <= 0x3FFFD) || cp == 0x2014 || cp == 0x2026 || cp == 0x201C || cp == 0x201D ||
         cp == 0x2018 || cp == 0x2019;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (char32_t cp : decode(text)) width += is_wide(cp) ? 2 : 1;
  return width;
}

std::string fold_width(std::string_view text) {
  std::u32string cps = decode(text);
  for (char32_t& cp : cps) {
    if (cp >= 0xFF01 && cp <= 0xFF5E)
      cp -= 0xFEE0;
    else if (cp == 0x3000)
      cp = U' ';
  }
  return encode(cps);
}

std::string_view trim(std::string_view text) {
  constexpr std::string_view ideographic_space = "\u3000";
  for (;;) {
    if (!text.empty() &&
        (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' || text.front() == '\n'))
      text.remove_prefix(1);
    else if (text.starts_with(ideographic_space))
      text.remove_prefix(ideographic_space.size());
    else
      break;
  }
  for (;;) {
    if (!text.empty() &&
        (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
      text.remove_suffix(1);
    else if (text.ends_with(ideographic_space))
      text.remove_suffix(ideographic_space.size());
    else
      break;
  }
  return text;
}

bool is_han(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x20000 && cp <= 0x3134F) || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

}  // namespace cr::text
