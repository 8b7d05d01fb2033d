#pragma once
// A problem a user can fix, with its place and its reason in Chinese and English.
// Every module reports into a Diagnostics collection; nothing throws at the user.
#include <string>
#include <vector>

namespace cr::diag {

enum class Severity { warning, error };
enum class Language { zh, en };

struct Diagnostic {
  std::string file;  // relative to the campaign folder; may be empty for a run-level problem
  int line = 0;      // 1-based; 0: the whole file
  int column = 0;    // 1-based field or character; 0: the whole line
  Severity severity = Severity::error;
  std::string code;  // stable, kebab-case: "unknown-indicator", "bad-number"
  std::string message_zh;
  std::string message_en;
  // The worksheet, when `file` is a workbook: `line` is then its row and `column` its column,
  // shown as the cell "记录!C17" that Excel's Go To (Ctrl+G) accepts.
  std::string sheet;
  // For a problem in records that belong to units: the ids of those units ("" for records that
  // name no unit, the campaign's own figures). A per-unit build then fails only the reports
  // whose figures count those records (batch/unit_failures.hpp). Empty: a problem of the
  // campaign as a whole (its manifest, its tables' structure...), which fails every report.
  std::vector<std::string> units{};  // {}: aggregate initialisers may leave it out

  const std::string& message(Language lang) const { return lang == Language::zh ? message_zh : message_en; }
};

class Diagnostics {
public:
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void error(std::string file, int line, int column, std::string code, std::string zh, std::string en);
  void warning(std::string file, int line, int column, std::string code, std::string zh, std::string en);
  void append(const Diagnostics& other);

  // Sorted by file, line, column (then code), each kept once.
  std::vector<Diagnostic> sorted() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  bool empty() const { return items_.empty(); }
  std::size_t error_count() const;
  std::size_t warning_count() const;
  // Errors, or warnings too when `strict`.
  bool failed(bool strict) const { return error_count() > 0 || (strict && warning_count() > 0); }

private:
  std::vector<Diagnostic> items_;
};

// "A1" for row 1, column 1; "1:1" (the whole row, as Excel writes it) when column is 0.
std::string cell_name(int row, int column);

// "records.csv:12:3: 错误: message" / "records.xlsx:记录!C17: 错误: message" /
// "campaign.toml: warning: message".
std::string format_human(const Diagnostic& d, Language lang);
// One JSON line: {"kind":"diagnostic","file":...,"line":...,"column":...,"severity":...,"code":...,"message":...},
// with "sheet" and "cell" after "column" when the place is a worksheet, and "line" (and "column")
// null for a diagnostic about a whole file (or line).
std::string format_json(const Diagnostic& d, Language lang);

}  // namespace cr::diag
