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
};

// Streaming detection for files without a BOM: feed the bytes in order, then ask for the verdict.
// A file that is valid UTF-8 but for a few bytes stays UTF-8 (reported at its first bad byte);
// it is read as GB18030 only when it is mostly not UTF-8.
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
  void note_control(unsigned char byte);

  std::string carry_;     // an incomplete UTF-8 sequence at the end of the last chunk
  std::string gb_carry_;  // an incomplete GB18030 sequence
  void* gb_ = nullptr;    // iconv_t, opaque here
  bool gb_valid_ = true;
  TextPlace place_;
  std::optional<TextPlace> control_, invalid_;
  std::size_t valid_multibyte_ = 0, invalid_count_ = 0;
};

// Streaming conversion of one file's bytes (after its BOM) to UTF-8. Undecodable bytes become
// U+FFFD; the first one is remembered with its place so that it can be reported.
class Utf8Decoder {
 public:
  explicit Utf8Decoder(Encoding encoding);
  ~Utf8Decoder();
  Utf8Decoder(const Utf8Decoder&) = delete;
  Utf8Decoder& operator=(const Utf8Decoder&) = delete;

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
