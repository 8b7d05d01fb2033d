// `build DIR [-o OUTDIR] [--format pdf,xlsx]`: loads the campaign once and writes each asked
// output (both by default) as OUTDIR/<stem>.<format>. Data errors stop the run before anything
// is written (exit 1); an output that cannot be written is exit 3, and never leaves a partial file.
#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "cli/build_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/reporting.hpp"
#include "input/campaign_loader.hpp"
#include "output/source_date.hpp"

namespace cr::cli {
namespace {

bool wants(const BuildOptions& build, const char* format) {
  return build.formats.empty() ||
         std::find(build.formats.begin(), build.formats.end(), format) != build.formats.end();
}

// The stem names a file inside OUTDIR, never a path elsewhere.
bool valid_stem(const std::string& stem) {
  return !stem.empty() && stem != "." && stem != ".." && stem.find('/') == std::string::npos &&
         stem.find('\0') == std::string::npos;
}

bool prepare_folder(const std::filesystem::path& folder, diag::Diagnostics& diagnostics) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (!error && std::filesystem::is_directory(folder, error)) return true;
  diagnostics.error(
      "", 0, 0, "output-not-writable",
      fmt::format("无法创建输出目录 {}：{}", folder.string(), error ? error.message() : "不是目录"),
      fmt::format("cannot create the output folder {}: {}", folder.string(),
                  error ? error.message() : "not a folder"));
  return false;
}

// Whether an output failed in the writing (exit 3) rather than for what the data says (exit 1):
// a character no font covers or an unknown placeholder is the data's problem, a full disk is not.
bool failed_to_write(const diag::Diagnostics& diagnostics) {
  return std::any_of(diagnostics.items().begin(), diagnostics.items().end(), [](const diag::Diagnostic& d) {
    return d.severity == diag::Severity::error &&
           (d.code == "output-not-writable" || d.code == "xlsx-write-failed" || d.code == "pdf-write-failed");
  });
}

int write_outputs(const CommonOptions& options, const BuildOptions& build, const model::Campaign& campaign,
                  diag::Diagnostics& diagnostics) {
  const std::string stem = campaign.output_stem();
  if (!valid_stem(stem)) {
    diagnostics.error("campaign.toml", 0, 0, "bad-output-name",
                      fmt::format("[report] filename「{}」不是一个文件名（不能含 /）", stem),
                      fmt::format("[report] filename '{}' is not a file name (no /)", stem));
    print_diagnostics(options, diagnostics);
    return exit_data_error;
  }
  const std::size_t errors_before = diagnostics.error_count();
  const std::optional<std::int64_t> epoch = output::source_date_epoch(diagnostics);
  if (diagnostics.error_count() != errors_before) {
    print_diagnostics(options, diagnostics);
    return exit_usage;
  }
  const std::filesystem::path folder(build.output_dir);
  if (!prepare_folder(folder, diagnostics)) {
    print_diagnostics(options, diagnostics);
    return exit_output_error;
  }
  std::vector<std::pair<std::string, std::filesystem::path>> written;  // format, file
  bool all_written = true;
  for (const std::string format : {"xlsx", "pdf"}) {
    if (!wants(build, format.c_str())) continue;
    const OutputRequest request{campaign, options, build, folder / (stem + "." + format), epoch};
    // Each output stands on its own: a PDF that cannot be written does not hold back the workbook.
    const bool ok =
        format == "xlsx" ? write_xlsx_output(request, diagnostics) : write_pdf_output(request, diagnostics);
    if (ok) written.emplace_back(format, request.target);
    all_written = all_written && ok;
  }
  print_diagnostics(options, diagnostics);
  for (const auto& [format, path] : written) print_output(options, "", format, path);
  if (!all_written && failed_to_write(diagnostics)) return exit_output_error;
  return !all_written || diagnostics.failed(options.strict) ? exit_data_error : exit_done;
}

}  // namespace

int run_build(const CommonOptions& options, const BuildOptions& build) {
  diag::Diagnostics diagnostics;
  std::optional<model::Campaign> campaign = load_selected_campaign(build.folder, build.selection, diagnostics);
  if (!campaign || diagnostics.failed(options.strict)) {
    const int code = finish(options, diagnostics);
    return code == exit_done ? exit_data_error : code;  // no campaign at all is a data error too
  }
  return write_outputs(options, build, *campaign, diagnostics);
}

}  // namespace cr::cli
