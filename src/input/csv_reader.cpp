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
    std::size_t start = 0;
    while (ok_ && start < piece.size()) {
      const std::size_t end = piece.find('\n', start);
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

  // True when the whole file was read without a syntax error.
  bool finish() {
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
    // A line break inside a quoted cell of a CRLF file keeps its CR; the model wants \n only.
    if (field.find('\r') != std::string::npos) std::erase(field, '\r');
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
  std::string pending_;
  CsvRecord record_;
  int line_ = 0, record_line_ = 1;
  int syntax_errors_ = 0;
  unsigned char delimiter_ = ',';
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
