#pragma once
// Which encoding a user's text file is in. Office users save CSV as UTF-8 (with or without a
// BOM), as GBK/GB18030 without a BOM, or as Excel's "Unicode 文本" (UTF-16 with a BOM).
// Detection reads the file once as a stream, so a 130 MB records.csv is never held whole.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cr::input {

enum class Encoding : std::uint8_t { utf8, utf8_bom, utf16le, utf16be, gb18030 };

// "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030".
std::string_view encoding_name(Encoding encoding);
// The BOM at the start of `head`, if any, and its length in bytes.
std::optional<Encoding> encoding_from_bom(std::string_view head, std::size_t& bom_size);

// A place in a text file: physical line and character column, both 1-based.
struct TextPlace {
  int line = 1;
  int column = 1;
  unsigned char byte = 0;  // the offending byte
};

// What the detection pass learnt about a file without a BOM.
struct EncodingVerdict {
  Encoding encoding = Encoding::utf8;
  std::optional<TextPlace> control;       // first NUL or control byte: not a text table
  std::optional<TextPlace> invalid_utf8;  // first bad byte, when the file is judged UTF-8
  std::size_t invalid_count = 0;          // bad UTF-8 sequences in all
  // Set when the file is in none of the encodings read: the one it most likely is ("Big5",
  // "Shift-JIS", "Latin-1 (Windows-1252)"), for the message.
  std::optional<std::string_view> unsupported;
  bool no_converter = false;  // iconv cannot open GB18030 here: nothing but UTF-8 can be read
};

// Streaming detection for files without a BOM: feed the bytes in order, then ask for the verdict.
// Every verdict comes from what was measured over the whole file:
// - NUL bytes at every other position only: UTF-16 without a BOM (LE or BE by their side);
// - valid UTF-8 but for a few bytes: UTF-8 (reported at its first bad byte);
// - otherwise the byte pairs that start with a byte of 0x81 or more are looked at: a high byte
//   mostly followed by ASCII is Latin-1 (Windows-1252: "é " and "ço"), where Chinese and
//   Japanese come in runs of double bytes; mostly leads 0x81-0x9F is Shift-JIS; many trails
//   0x40-0x7E is Big5 (GB2312 text has none); else GB18030 when its trial decode mostly
//   succeeds (a character cut off at the end does not count against it).
class EncodingSniffer {
 public:
  EncodingSniffer();
  ~EncodingSniffer();
  EncodingSniffer(const EncodingSniffer&) = delete;
  EncodingSniffer& operator=(const EncodingSniffer&) = delete;

  void feed(std::string_view bytes);
  EncodingVerdict finish();

 private:
  void scan_utf8(std::string_view bytes, bool last);
  void try_gb18030(std::string_view bytes, bool last);
  void count_pairs(std::string_view bytes);
  void note_control(unsigned char byte);
  std::optional<Encoding> utf16_without_bom() const;
  void judge_legacy(EncodingVerdict& verdict) const;

  std::string carry_;     // an incomplete UTF-8 sequence at the end of the last chunk
  std::string gb_carry_;  // an incomplete GB18030 sequence
  void* gb_ = nullptr;    // iconv_t, opaque here
  TextPlace place_;
  std::optional<TextPlace> control_, invalid_;
  std::size_t valid_multibyte_ = 0, invalid_count_ = 0;
  // The GB18030 trial: characters beyond ASCII it decoded, and bytes it could not decode.
  std::size_t gb_characters_ = 0, gb_errors_ = 0;
  // Byte pairs with a lead of 0x81 or more: in all, with a lead up to 0x9F, with a trail in
  // 0x40-0x7E, with a trail of 0x80 or more. `pair_open_` carries a lead across chunks.
  std::size_t pairs_ = 0, low_leads_ = 0, low_trails_ = 0, high_trails_ = 0;
  bool pair_open_ = false;
  unsigned char pair_lead_ = 0;
  // NUL bytes at even and odd offsets, and the bytes at each.
  std::size_t nul_[2] = {0, 0}, bytes_[2] = {0, 0};
};

// Streaming conversion of one file's bytes (after its BOM) to UTF-8. Undecodable bytes become
// U+FFFD; the first one is remembered with its place so that it can be reported.
class Utf8Decoder {
 public:
  explicit Utf8Decoder(Encoding encoding);
  ~Utf8Decoder();
  Utf8Decoder(const Utf8Decoder&) = delete;
  Utf8Decoder& operator=(const Utf8Decoder&) = delete;

  // False when the converter the encoding needs cannot be opened (iconv without GB18030).
  bool ready() const;
  // Appends the UTF-8 form of `bytes` to `out`; `last` marks the end of the file.
  void feed(std::string_view bytes, bool last, std::string& out);
  std::size_t error_count() const { return errors_; }
  const std::optional<TextPlace>& first_error() const { return first_error_; }

 private:
  void feed_utf8(std::string_view bytes, bool last, std::string& out);
  void feed_iconv(std::string_view bytes, bool last, std::string& out);
  void note_error(const std::string& out, std::size_t out_start, unsigned char byte);
  void advance_place(std::string_view produced);

  Encoding encoding_;
  void* cd_ = nullptr;  // iconv_t
  std::string carry_;
  std::size_t errors_ = 0;
  std::optional<TextPlace> first_error_;
  TextPlace place_;  // place of the next output character
};

}  // namespace cr::input
