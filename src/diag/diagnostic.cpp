#include "diag/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "diag/excerpt.hpp"
#include "diag/json.hpp"

namespace cr::diag {
namespace {

auto sort_key(const Diagnostic& d) { return std::tie(d.file, d.line, d.column, d.code, d.message_en); }

std::string_view severity_word(Severity s, Language lang) {
  if (lang == Language::zh) return s == Severity::error ? "错误" : "警告";
  return s == Severity::error ? "error" : "warning";
}

}  // namespace

void Diagnostics::error(std::string file, int line, int column, std::string code, std::string zh, std::string en) {
  add({std::move(file), line, column, Severity::error, std::move(code), std::move(zh), std::move(en)});
}

void Diagnostics::warning(std::string file, int line, int column, std::string code, std::string zh, std::string en) {
  add({std::move(file), line, column, Severity::warning, std::move(code), std::move(zh), std::move(en)});
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

std::string format_human(const Diagnostic& d, Language lang) {
  std::string place = terminal_safe(d.file);
  if (d.line > 0) place += fmt::format(":{}", d.line);
  if (d.line > 0 && d.column > 0) place += fmt::format(":{}", d.column);
  const std::string message = terminal_safe(d.message(lang));
  if (place.empty()) return fmt::format("{}: {}", severity_word(d.severity, lang), message);
  return fmt::format("{}: {}: {}", place, severity_word(d.severity, lang), message);
}

std::string format_json(const Diagnostic& d, Language lang) {
  // A file-level diagnostic has no line: null, not 0; the same for a line without a column.
  return json_line({{"kind", "diagnostic"},
                    {"file", d.file},
                    {"line", d.line > 0 ? Json(d.line) : Json(nullptr)},
                    {"column", d.line > 0 && d.column > 0 ? Json(d.column) : Json(nullptr)},
                    {"severity", d.severity == Severity::error ? "error" : "warning"},
                    {"code", d.code},
                    {"message", d.message(lang)}});
}

}  // namespace cr::diag
