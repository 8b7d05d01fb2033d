#include "diag/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "diag/excerpt.hpp"
#include "diag/json.hpp"

namespace cr::diag {
namespace {

auto sort_key(const Diagnostic& d) { return std::tie(d.file, d.sheet, d.line, d.column, d.code, d.message_en); }

std::string_view severity_word(Severity s, Language lang) {
  if (lang == Language::zh) return s == Severity::error ? "错误" : "警告";
  return s == Severity::error ? "error" : "warning";
}

}  // namespace

void Diagnostics::error(std::string file, int line, int column, std::string code, std::string zh, std::string en) {
  add({std::move(file), line, column, Severity::error, std::move(code), std::move(zh), std::move(en), {}});
}

void Diagnostics::warning(std::string file, int line, int column, std::string code, std::string zh, std::string en) {
  add({std::move(file), line, column, Severity::warning, std::move(code), std::move(zh), std::move(en), {}});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return sort_key(a) < sort_key(b); });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const auto& a, const auto& b) { return sort_key(a) == sort_key(b); }),
            out.end());
  return out;
}

std::size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(), [](const auto& d) { return d.severity == Severity::error; });
}

std::size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

std::string cell_name(int row, int column) {
  if (column <= 0) return fmt::format("{}:{}", row, row);
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

std::string format_human(const Diagnostic& d, Language lang) {
  std::string place = terminal_safe(d.file);
  if (!d.sheet.empty()) {
    place += ":" + terminal_safe(d.sheet);
    if (d.line > 0) place += "!" + cell_name(d.line, d.column);
  } else {
    if (d.line > 0) place += fmt::format(":{}", d.line);
    if (d.line > 0 && d.column > 0) place += fmt::format(":{}", d.column);
  }
  const std::string message = terminal_safe(d.message(lang));
  if (place.empty()) return fmt::format("{}: {}", severity_word(d.severity, lang), message);
  return fmt::format("{}: {}: {}", place, severity_word(d.severity, lang), message);
}

std::string format_json(const Diagnostic& d, Language lang) {
  // A file-level diagnostic has no line: null, not 0; the same for a line without a column.
  // A worksheet's place adds "sheet" and "cell" after "column".
  Json line = {{"kind", "diagnostic"},
               {"file", d.file},
               {"line", d.line > 0 ? Json(d.line) : Json(nullptr)},
               {"column", d.line > 0 && d.column > 0 ? Json(d.column) : Json(nullptr)}};
  if (!d.sheet.empty()) {
    line["sheet"] = d.sheet;
    line["cell"] = d.line > 0 ? cell_name(d.line, d.column) : std::string();
  }
  line["severity"] = d.severity == Severity::error ? "error" : "warning";
  line["code"] = d.code;
  line["message"] = d.message(lang);
  return json_line(line);
}

}  // namespace cr::diag
