#include "input/csv_reader.hpp"

#include <algorithm>

#include <csv.h>
#include <fmt/format.h>

#include "input/text_source.hpp"

namespace cr::input {
namespace {

constexpr int row_not_begun = 0;  // libcsv's parser state between records

// Syntax errors reported one by one in a file before the rest of it is given up: a file
// written with another quoting convention would otherwise give one on every line.
constexpr int syntax_errors_shown = 10;

int is_space(unsigned char c) { return c == CSV_SPACE; }  // never the tab: it may be the delimiter

// Feeds libcsv one physical line at a time, so the line a record starts on is known exactly.
class LineFeeder {
 public:
  LineFeeder(const std::string& name, diag::Diagnostics& diagnostics, const CsvSink& sink)
      : name_(name), diagnostics_(diagnostics), sink_(sink) {
    start_parser();
  }
  ~LineFeeder() { csv_free(&parser_); }
  LineFeeder(const LineFeeder&) = delete;
  LineFeeder& operator=(const LineFeeder&) = delete;

  // Takes the next piece of decoded text; false once reading must stop.
  bool take(std::string_view piece) {
    if (line_end_ != 0) return feed_lines(piece);
    // Lines end in LF or CRLF, or in a lone CR (Excel for Mac's "CSV (Macintosh)"): the text is
    // held until its first line end tells which.
    held_.append(piece);
    line_end_ = line_end_of(held_);
    if (line_end_ == 0) return ok_;
    const std::string text = std::move(held_);
    held_.clear();
    return feed_lines(text);
  }

  // True when the whole file was read without a syntax error.
  bool finish() {
    if (line_end_ == 0) {  // a single line, or one ending in a lone CR
      line_end_ = !held_.empty() && held_.back() == '\r' ? '\r' : '\n';
      const std::string text = std::move(held_);
      feed_lines(text);
    }
    if (ok_ && !pending_.empty()) feed_line();
    if (!ok_) return false;
    if (csv_fini(&parser_, on_field, on_record, this) != 0) {
      diagnostics_.error(
          name_, record_line_, 0, "unterminated-quote",
          "这一行开始的引号直到文件末尾都没有闭合（文件被截断，或单元格里多了一个引号）",
          "the quote opened in this record is never closed before the end of the file (the file is "
          "truncated, or a cell holds a stray quote)");
      return false;
    }
    return ok_ && syntax_errors_ == 0;
  }

 private:
  // '\n' when the first line end of `text` is LF or CRLF, '\r' when it is a lone CR, 0 when
  // `text` has none yet (or ends in a CR whose next character is still to come).
  static char line_end_of(std::string_view text) {
    const std::size_t at = text.find_first_of("\r\n");
    if (at == std::string_view::npos || (text[at] == '\r' && at + 1 == text.size())) return 0;
    return text[at] == '\r' && text[at + 1] != '\n' ? '\r' : '\n';
  }

  bool feed_lines(std::string_view piece) {
    std::size_t start = 0;
    while (ok_ && start < piece.size()) {
      const std::size_t end = piece.find(line_end_, start);
      if (end == std::string_view::npos) {
        pending_.append(piece.substr(start));
        break;
      }
      pending_.append(piece.substr(start, end + 1 - start));
      feed_line();
      start = end + 1;
    }
    return ok_;
  }

  void start_parser() {
    csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI);
    csv_set_space_func(&parser_, is_space);
    if (delimiter_known_) csv_set_delim(&parser_, delimiter_);
  }

  void feed_line() {
    ++line_;
    if (!delimiter_known_ && pending_.find_first_not_of(" \t\r\n") != std::string::npos) {
      delimiter_ = static_cast<unsigned char>(detect_delimiter(pending_));
      csv_set_delim(&parser_, delimiter_);
      delimiter_known_ = true;
    }
    if (parser_.pstate == row_not_begun) record_line_ = line_;
    const std::size_t used = csv_parse(&parser_, pending_.data(), pending_.size(), on_field, on_record, this);
    if (ok_ && used != pending_.size()) report_syntax();
    pending_.clear();
  }

  // Reports the error, drops the broken record and reads on from the next line, so that one
  // stray quote does not hide the problems of the rows after it.
  void report_syntax() {
    const int column = static_cast<int>(record_.fields.size()) + 1;
    record_.fields.clear();
    csv_free(&parser_);
    start_parser();
    if (++syntax_errors_ > syntax_errors_shown) {
      ok_ = false;
      diagnostics_.error(
          name_, line_, 0, "csv-syntax-many",
          fmt::format("从第 {} 行起还有更多引号错误，不再逐一列出，文件其余部分未检查；请在 Excel/WPS 中"
                      "打开后“另存为”CSV",
                      line_),
          fmt::format("more quoting errors from line {} on are not listed and the rest of the file is not "
                      "checked; open it in Excel/WPS and save it as CSV again",
                      line_));
      return;
    }
    diagnostics_.error(
        name_, line_, column, "csv-syntax",
        fmt::format(
            "第 {} "
            "个单元格的引号用法不对：带引号的单元格必须整格用英文双引号括起，格内的引号要写成两个（\"\"）",
            column),
        fmt::format("cell {} has a stray quote: a quoted cell must be wholly enclosed in double quotes, "
                    "and a quote inside it written twice (\"\")",
                    column));
  }

  static void on_field(void* data, std::size_t size, void* self) {
    auto* feeder = static_cast<LineFeeder*>(self);
    std::string& field = feeder->record_.fields.emplace_back(static_cast<const char*>(data), size);
    // A line break inside a quoted cell keeps the file's line end; the model wants \n only.
    if (field.find('\r') != std::string::npos) {
      if (feeder->line_end_ == '\r')
        std::replace(field.begin(), field.end(), '\r', '\n');
      else
        std::erase(field, '\r');
    }
  }

  static void on_record(int, void* self) {
    auto* feeder = static_cast<LineFeeder*>(self);
    feeder->record_.line = feeder->record_line_;
    if (feeder->ok_ && !feeder->sink_(feeder->record_)) feeder->ok_ = false;
    feeder->record_.fields.clear();
  }

  const std::string& name_;
  diag::Diagnostics& diagnostics_;
  const CsvSink& sink_;
  csv_parser parser_{};
  std::string held_;     // text before the first line end
  std::string pending_;  // the line being gathered
  CsvRecord record_;
  int line_ = 0, record_line_ = 1;
  int syntax_errors_ = 0;
  unsigned char delimiter_ = ',';
  char line_end_ = 0;  // '\n' (LF or CRLF) or '\r' (lone CR); 0 before the first line end
  bool delimiter_known_ = false, ok_ = true;
};

}  // namespace

char detect_delimiter(std::string_view first_line) {
  const auto tabs = std::count(first_line.begin(), first_line.end(), '\t');
  const auto commas = std::count(first_line.begin(), first_line.end(), ',');
  return tabs > commas ? '\t' : ',';
}

bool read_csv(const std::filesystem::path& path, const std::string& name, diag::Diagnostics& diagnostics,
              const CsvSink& sink) {
  LineFeeder feeder(name, diagnostics, sink);
  const auto encoding =
      stream_text(path, name, diagnostics, [&](std::string_view piece) { return feeder.take(piece); });
  if (!encoding) return false;
  return feeder.finish();
}

}  // namespace cr::input
