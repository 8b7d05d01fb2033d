#include "input/encoding.hpp"

#include <algorithm>
#include <cerrno>

#include <iconv.h>

#include "text/utf8.hpp"

namespace cr::input {
namespace {

constexpr std::string_view replacement = "\uFFFD";

iconv_t as_iconv(void* handle) { return static_cast<iconv_t>(handle); }

void* open_iconv(const char* from) {
  iconv_t cd = iconv_open("UTF-8", from);
  return cd == reinterpret_cast<iconv_t>(-1) ? nullptr : cd;
}

void close_iconv(void* handle) {
  if (handle != nullptr) iconv_close(as_iconv(handle));
}

// Tab, line feed and carriage return are the only control bytes a text table may hold.
bool is_control(unsigned char byte) {
  return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F;
}

// Moves `place` over the characters of valid UTF-8 `text`.
void advance(TextPlace& place, std::string_view text) {
  for (char c : text) {
    if (c == '\n') {
      ++place.line;
      place.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++place.column;
    }
  }
}

// Whether the invalid sequence at text[pos] may just be cut off by the end of the chunk.
bool may_continue(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  const std::size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (need == 1 || pos + need <= text.size()) return false;
  for (std::size_t i = pos + 1; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return false;
  return true;
}

// Runs iconv over `in`, appending to `out`; stops at an invalid or incomplete sequence.
// Returns the errno of the stop (0 when all input was converted).
int convert(void* handle, std::string_view& in, std::string& out) {
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  for (;;) {
    const std::size_t start = out.size();
    out.resize(start + src_left * 4 + 16);
    char* dst = out.data() + start;
    std::size_t dst_left = out.size() - start;
    const std::size_t rc = iconv(as_iconv(handle), &src, &src_left, &dst, &dst_left);
    const int error = rc == static_cast<std::size_t>(-1) ? errno : 0;
    out.resize(out.size() - dst_left);
    in = std::string_view(src, src_left);
    if (error != E2BIG) return error;
  }
}

}  // namespace

std::string_view encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8:
      return "UTF-8";
    case Encoding::utf8_bom:
      return "UTF-8 (BOM)";
    case Encoding::utf16le:
      return "UTF-16LE";
    case Encoding::utf16be:
      return "UTF-16BE";
    case Encoding::gb18030:
      return "GB18030";
  }
  return "UTF-8";
}

std::optional<Encoding> encoding_from_bom(std::string_view head, std::size_t& bom_size) {
  bom_size = 0;
  if (head.starts_with("\xEF\xBB\xBF")) return bom_size = 3, Encoding::utf8_bom;
  if (head.starts_with("\xFF\xFE")) return bom_size = 2, Encoding::utf16le;
  if (head.starts_with("\xFE\xFF")) return bom_size = 2, Encoding::utf16be;
  return std::nullopt;
}

EncodingSniffer::EncodingSniffer() : gb_(open_iconv("GB18030")) {}
EncodingSniffer::~EncodingSniffer() { close_iconv(gb_); }

void EncodingSniffer::note_control(unsigned char byte) {
  if (!control_) control_ = TextPlace{place_.line, place_.column, byte};
}

void EncodingSniffer::feed(std::string_view bytes) {
  const std::size_t offset = bytes_[0] + bytes_[1];
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const std::size_t side = (offset + i) % 2;
    ++bytes_[side];
    if (bytes[i] == '\0') ++nul_[side];
  }
  scan_utf8(bytes, false);
  try_gb18030(bytes, false);
  count_pairs(bytes);
}

void EncodingSniffer::scan_utf8(std::string_view bytes, bool last) {
  std::string joined = std::move(carry_);
  carry_.clear();
  joined.append(bytes);
  std::string_view text = joined;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      if (is_control(byte)) note_control(byte);
      if (byte == '\n')
        ++place_.line, place_.column = 1;
      else
        ++place_.column;
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    if (text::next_code_point(text, pos)) {
      ++valid_multibyte_;
      ++place_.column;
      continue;
    }
    if (!last && may_continue(text, start)) {
      carry_.assign(text.substr(start));
      return;
    }
    if (!invalid_) invalid_ = TextPlace{place_.line, place_.column, byte};
    ++invalid_count_;
    ++place_.column;
    pos = start + 1;
  }
}

// The trial decode goes on past a bad byte, counting: its verdict is how much decoded.
void EncodingSniffer::try_gb18030(std::string_view bytes, bool last) {
  if (gb_ == nullptr) return;
  std::string joined = std::move(gb_carry_);
  gb_carry_.clear();
  joined.append(bytes);
  std::string_view in = joined;
  std::string scratch;
  while (!in.empty()) {
    const int error = convert(gb_, in, scratch);
    if (error == 0) break;
    if (error == EINVAL) {  // cut off: wait for the next chunk, or at the end let it be
      if (!last) gb_carry_.assign(in);
      break;
    }
    ++gb_errors_;
    in.remove_prefix(1);
  }
  for (char c : scratch)
    if ((static_cast<unsigned char>(c) & 0xC0) == 0xC0) ++gb_characters_;
}

void EncodingSniffer::count_pairs(std::string_view bytes) {
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (pair_open_) {
      pair_open_ = false;
      ++pairs_;
      if (pair_lead_ <= 0x9F) ++low_leads_;
      if (byte >= 0x40 && byte <= 0x7E) ++low_trails_;
      if (byte >= 0x80) ++high_trails_;
    } else if (byte >= 0x81 && byte <= 0xFE) {
      pair_open_ = true;
      pair_lead_ = byte;
    }
  }
}

// Text in UTF-16 has NUL as the high byte of every ASCII character, always on the same side;
// a binary file has NULs on both.
std::optional<Encoding> EncodingSniffer::utf16_without_bom() const {
  for (std::size_t side = 0; side < 2; ++side) {
    const std::size_t other = 1 - side;
    if (bytes_[side] >= 2 && nul_[side] * 5 >= bytes_[side] && nul_[other] * 100 <= bytes_[other] &&
        (bytes_[0] + bytes_[1]) % 2 == 0)
      return side == 1 ? Encoding::utf16le : Encoding::utf16be;  // LE: "a\0", BE: "\0a"
  }
  return std::nullopt;
}

void EncodingSniffer::judge_legacy(EncodingVerdict& verdict) const {
  verdict.invalid_count = 0;
  if (pairs_ > 0 && high_trails_ * 10 < pairs_ * 3) {
    verdict.unsupported = "Latin-1 (Windows-1252)";
  } else if (pairs_ > 0 && low_leads_ * 10 >= pairs_ * 4) {
    verdict.unsupported = "Shift-JIS";
  } else if (pairs_ > 0 && low_trails_ * 100 >= pairs_ * 15) {
    verdict.unsupported = "Big5";
  } else if (gb_ == nullptr) {
    verdict.no_converter = true;
  } else if (gb_errors_ * 20 > gb_characters_) {
    verdict.unsupported = "Latin-1 (Windows-1252)";
  } else {
    verdict.encoding = Encoding::gb18030;  // a damaged byte or two is reported by the decoder
  }
}

EncodingVerdict EncodingSniffer::finish() {
  scan_utf8({}, true);
  try_gb18030({}, true);
  EncodingVerdict verdict;
  if (auto utf16 = utf16_without_bom()) {
    verdict.encoding = *utf16;
    return verdict;
  }
  verdict.control = control_;
  verdict.invalid_count = invalid_count_;
  if (invalid_count_ == 0) return verdict;
  const bool mostly_not_utf8 = valid_multibyte_ < invalid_count_;
  if (mostly_not_utf8) {
    judge_legacy(verdict);
    return verdict;
  }
  verdict.invalid_utf8 = invalid_;
  return verdict;
}

Utf8Decoder::Utf8Decoder(Encoding encoding) : encoding_(encoding) {
  if (encoding == Encoding::gb18030)
    cd_ = open_iconv("GB18030");
  else if (encoding == Encoding::utf16le)
    cd_ = open_iconv("UTF-16LE");
  else if (encoding == Encoding::utf16be)
    cd_ = open_iconv("UTF-16BE");
}

Utf8Decoder::~Utf8Decoder() { close_iconv(cd_); }

bool Utf8Decoder::ready() const {
  return encoding_ == Encoding::utf8 || encoding_ == Encoding::utf8_bom || cd_ != nullptr;
}

void Utf8Decoder::feed(std::string_view bytes, bool last, std::string& out) {
  if (encoding_ == Encoding::utf8 || encoding_ == Encoding::utf8_bom)
    feed_utf8(bytes, last, out);
  else if (cd_ == nullptr)
    return;  // never read as UTF-8 in silence: the caller checks ready() and reports
  else
    feed_iconv(bytes, last, out);
}

void Utf8Decoder::note_error(const std::string& out, std::size_t out_start, unsigned char byte) {
  advance_place(std::string_view(out).substr(out_start));
  ++errors_;
  if (!first_error_) first_error_ = TextPlace{place_.line, place_.column, byte};
}

void Utf8Decoder::advance_place(std::string_view produced) { advance(place_, produced); }

void Utf8Decoder::feed_utf8(std::string_view bytes, bool last, std::string& out) {
  std::string joined = std::move(carry_);
  carry_.clear();
  joined.append(bytes);
  std::string_view text = joined;
  std::size_t pos = 0, mark = out.size();
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {  // most of a table is ASCII
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    if (text::next_code_point(text, pos)) continue;
    if (!last && may_continue(text, start)) {
      carry_.assign(text.substr(start));
      text = text.substr(0, start);
      break;
    }
    // Copy the valid run before the bad byte, then the replacement.
    out.append(text.substr(0, start));
    note_error(out, mark, static_cast<unsigned char>(text[start]));
    out.append(replacement);
    advance_place(replacement);
    mark = out.size();
    text = text.substr(start + 1);
    pos = 0;
  }
  out.append(text);
  advance_place(std::string_view(out).substr(mark));
}

void Utf8Decoder::feed_iconv(std::string_view bytes, bool last, std::string& out) {
  std::string joined = std::move(carry_);
  carry_.clear();
  joined.append(bytes);
  std::string_view in = joined;
  std::size_t mark = out.size();
  const std::size_t unit = encoding_ == Encoding::gb18030 ? 1 : 2;
  while (!in.empty()) {
    const int error = convert(cd_, in, out);
    if (error == 0) break;
    if (error == EINVAL && !last) {
      carry_.assign(in);
      break;
    }
    note_error(out, mark, static_cast<unsigned char>(in.front()));
    out.append(replacement);
    advance_place(replacement);
    mark = out.size();
    in.remove_prefix(std::min(unit, in.size()));
  }
  advance_place(std::string_view(out).substr(mark));
}

}  // namespace cr::input
