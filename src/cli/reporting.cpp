#include "cli/reporting.hpp"

#include <cstdio>

#include <fmt/format.h>

#include "cli/exit_code.hpp"
#include "diag/excerpt.hpp"
#include "diag/json.hpp"
#include "output/sha256.hpp"

namespace cr::cli {

void print_diagnostics(const CommonOptions& options, const diag::Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.sorted()) {
    if (options.json) {
      fmt::print(stdout, "{}\n", diag::format_json(d, options.lang));
    } else if (!options.quiet || d.severity == diag::Severity::error) {
      fmt::print(stderr, "{}\n", diag::format_human(d, options.lang));
    }
  }
  std::fflush(stdout);
}

void print_message(const CommonOptions& options, std::string_view zh, std::string_view en) {
  std::string_view text = options.lang == diag::Language::zh ? zh : en;
  if (options.json)
    fmt::print(stdout, "{}\n", diag::json_line({{"kind", "message"}, {"message", text}}));
  else
    fmt::print(stderr, "campaign-report: {}\n", diag::terminal_safe(text));
}

void print_output(const CommonOptions& options, const std::string& unit, const std::string& format,
                  const std::filesystem::path& path, const std::optional<std::string>& sha256) {
  if (!options.json) {
    if (!options.quiet) print_message(options, "已写出 " + path.string(), "wrote " + path.string());
    return;
  }
  const auto digest = sha256 ? sha256 : output::sha256_file(path);
  fmt::print(stdout, "{}\n",
             diag::json_line({{"kind", "output"},
                              {"unit", diag::string_or_null(unit)},
                              {"format", format},
                              {"path", path.string()},
                              {"sha256", digest ? diag::Json(*digest) : nullptr}}));
  std::fflush(stdout);
}

int finish(const CommonOptions& options, const diag::Diagnostics& diagnostics) {
  print_diagnostics(options, diagnostics);
  if (!options.json && !options.quiet && !diagnostics.empty()) {
    const auto errors = diagnostics.error_count(), warnings = diagnostics.warning_count();
    print_message(options, fmt::format("{} 个错误，{} 个警告", errors, warnings),
                  fmt::format("{} error(s), {} warning(s)", errors, warnings));
  }
  return diagnostics.failed(options.strict) ? exit_data_error : exit_done;
}

}  // namespace cr::cli
