#include "input/text_source.hpp"

#include <cstdio>
#include <memory>

#include <fmt/format.h>

namespace cr::input {
namespace {

// 64 KiB: each read re-grows the buffer, and growing a string zero-fills it; with 1 MiB chunks
// that zero-filling took a sixth of a small report's run time. Large tables read as fast.
constexpr std::size_t chunk_size = 1 << 16;

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// Reads the next chunk into `buffer`; false at the end of the file.
bool read_chunk(std::FILE* file, std::string& buffer) {
  buffer.resize(chunk_size);
  const std::size_t got = std::fread(buffer.data(), 1, buffer.size(), file);
  buffer.resize(got);
  return got > 0;
}

void report_control(const std::string& name, const TextPlace& at, diag::Diagnostics& diagnostics) {
  diagnostics.error(
      name, at.line, at.column, "not-text",
      fmt::format(
          "第 {} 个字符处是控制字节 0x{:02X}，这不是文本表格（是否把 Excel 工作簿或其他二进制文件改名成了"
          "这个文件？请在 Excel/WPS 中“另存为”CSV）",
          at.column, at.byte),
      fmt::format("control byte 0x{:02X} at character {}: this is not a text table (a workbook or other "
                  "binary file renamed? Save it as CSV from Excel/WPS)",
                  at.byte, at.column));
}

void report_bad_utf8(const std::string& name, const TextPlace& at, std::size_t count,
                     diag::Diagnostics& diagnostics) {
  diagnostics.error(
      name, at.line, at.column, "bad-utf8",
      fmt::format(
          "第 {} 个字符处的字节 0x{:02X} 不是有效的 UTF-8 编码（文件其余部分是 UTF-8，共 {} 处无效字节）；"
          "请检查该处文字并以 UTF-8 重新保存",
          at.column, at.byte, count),
      fmt::format("byte 0x{:02X} at character {} is not valid UTF-8 (the rest of the file is UTF-8; {} "
                  "invalid byte(s) in all); check the text there and save the file as UTF-8 again",
                  at.byte, at.column, count));
}

void report_undecodable(const std::string& name, Encoding encoding, const TextPlace& at, std::size_t count,
                        diag::Diagnostics& diagnostics) {
  diagnostics.error(
      name, at.line, at.column, "bad-encoding",
      fmt::format("第 {} 个字符处的字节 0x{:02X} 按 {} 编码无法解码（共 {} 处）；文件可能已损坏或被截断",
                  at.column, at.byte, encoding_name(encoding), count),
      fmt::format("byte 0x{:02X} at character {} cannot be decoded as {} ({} place(s) in all); the file "
                  "may be damaged or truncated",
                  at.byte, at.column, encoding_name(encoding), count));
}

void report_unsupported(const std::string& name, std::string_view likely, diag::Diagnostics& diagnostics) {
  diagnostics.error(
      name, 0, 0, "unsupported-encoding",
      fmt::format("这个文件似乎是 {} 编码，本程序只能读取 UTF-8、GB18030（GBK）和 UTF-16；请在 Excel/WPS 中"
                  "“另存为”“CSV UTF-8（逗号分隔）”",
                  likely),
      fmt::format("this file seems to be in {}; only UTF-8, GB18030 (GBK) and UTF-16 are read: save it from "
                  "Excel/WPS as 'CSV UTF-8 (comma delimited)'",
                  likely));
}

void report_no_converter(const std::string& name, diag::Diagnostics& diagnostics) {
  diagnostics.error(name, 0, 0, "no-converter",
                    "这个文件不是 UTF-8，而本机的 iconv 无法转换 GB18030/UTF-16（缺少 gconv 模块？）；请以 "
                    "UTF-8 保存该文件，或修复系统的 iconv",
                    "this file is not UTF-8, and this system's iconv cannot convert GB18030/UTF-16 "
                    "(gconv modules missing?): save the file as UTF-8, or repair the system's iconv");
}

// The detection pass for a file without a BOM; nullopt when it is not text at all.
std::optional<Encoding> sniff(std::FILE* file, const std::string& name, diag::Diagnostics& diagnostics) {
  EncodingSniffer sniffer;
  std::string buffer;
  while (read_chunk(file, buffer)) sniffer.feed(buffer);
  const EncodingVerdict verdict = sniffer.finish();
  if (verdict.control) {
    report_control(name, *verdict.control, diagnostics);
    return std::nullopt;
  }
  if (verdict.unsupported) {
    report_unsupported(name, *verdict.unsupported, diagnostics);
    return std::nullopt;
  }
  if (verdict.no_converter) {
    report_no_converter(name, diagnostics);
    return std::nullopt;
  }
  if (verdict.invalid_utf8) report_bad_utf8(name, *verdict.invalid_utf8, verdict.invalid_count, diagnostics);
  return verdict.encoding;
}

// Files with a BOM skip the detection pass, so their decoded text is checked for control
// characters here (a binary file that happens to start with FF FE is still not a table).
class ControlCheck {
 public:
  // The place of the first control character of `text`, continuing from earlier pieces.
  std::optional<TextPlace> scan(std::string_view text) {
    for (char c : text) {
      const auto byte = static_cast<unsigned char>(c);
      if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F)
        return TextPlace{place_.line, place_.column, byte};
      if (c == '\n')
        ++place_.line, place_.column = 1;
      else if ((byte & 0xC0) != 0x80)
        ++place_.column;
    }
    return std::nullopt;
  }

 private:
  TextPlace place_;
};

void report_unreadable(const std::string& name, diag::Diagnostics& diagnostics) {
  diagnostics.error(name, 0, 0, "unreadable", "文件无法读取（权限不足？）",
                    "the file cannot be read (permissions?)");
}

}  // namespace

std::optional<Encoding> stream_text(const std::filesystem::path& path, const std::string& name,
                                    diag::Diagnostics& diagnostics, const TextSink& sink) {
  File file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    report_unreadable(name, diagnostics);
    return std::nullopt;
  }
  std::string buffer;
  read_chunk(file.get(), buffer);
  std::size_t bom_size = 0;
  std::optional<Encoding> encoding = encoding_from_bom(buffer, bom_size);
  if (!encoding) {
    std::rewind(file.get());
    encoding = sniff(file.get(), name, diagnostics);
    if (!encoding) return std::nullopt;
  }
  std::rewind(file.get());
  const bool from_bom = bom_size > 0;
  ControlCheck controls;
  Utf8Decoder decoder(*encoding);
  if (!decoder.ready()) {
    report_no_converter(name, diagnostics);
    return std::nullopt;
  }
  std::string decoded;
  bool first = true, more = true, go_on = true;
  while (more && go_on) {
    more = read_chunk(file.get(), buffer);
    std::string_view bytes = buffer;
    if (first) bytes.remove_prefix(std::min(bom_size, bytes.size()));
    first = false;
    decoded.clear();
    decoder.feed(bytes, !more, decoded);
    if (from_bom)
      if (auto control = controls.scan(decoded)) {
        report_control(name, *control, diagnostics);
        return std::nullopt;
      }
    if (!decoded.empty()) go_on = sink(decoded);
  }
  if (std::ferror(file.get())) report_unreadable(name, diagnostics);
  // Without a BOM, UTF-8 problems were reported by the detection pass already.
  if (decoder.first_error() && *encoding == Encoding::utf8_bom)
    report_bad_utf8(name, *decoder.first_error(), decoder.error_count(), diagnostics);
  else if (decoder.first_error() && *encoding != Encoding::utf8)
    report_undecodable(name, *encoding, *decoder.first_error(), decoder.error_count(), diagnostics);
  return encoding;
}

std::optional<std::string> read_text(const std::filesystem::path& path, const std::string& name,
                                     diag::Diagnostics& diagnostics) {
  std::string text;
  const std::size_t errors_before = diagnostics.error_count();
  // Line ends become LF: CRLF (Windows) and a lone CR (classic Mac) alike.
  bool after_cr = false;  // the previous piece ended in a CR, whose LF may start this one
  const auto encoding = stream_text(path, name, diagnostics, [&](std::string_view piece) {
    std::size_t start = after_cr && !piece.empty() && piece.front() == '\n' ? 1 : 0;
    after_cr = false;
    while (start < piece.size()) {
      const std::size_t cr = piece.find('\r', start);
      if (cr == std::string_view::npos) {
        text.append(piece.substr(start));
        break;
      }
      text.append(piece.substr(start, cr - start));
      text.push_back('\n');
      start = cr + 1;
      if (start == piece.size())
        after_cr = true;
      else if (piece[start] == '\n')
        ++start;
    }
    return true;
  });
  // A text with undecodable bytes is reported once, not parsed into follow-on errors.
  if (!encoding || diagnostics.error_count() != errors_before) return std::nullopt;
  return text;
}

}  // namespace cr::input
