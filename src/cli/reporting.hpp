#pragma once
// How a command tells the user what happened: diagnostics to stderr (or JSON lines to stdout),
// and the exit code that follows from them.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "cli/options.hpp"
#include "diag/diagnostic.hpp"

namespace cr::cli {

void print_diagnostics(const CommonOptions& options, const diag::Diagnostics& diagnostics);
// A one-line message of the run itself (not about the data), in the user's language.
void print_message(const CommonOptions& options, std::string_view zh, std::string_view en);
// The line of a file a run wrote: "已写出 PATH", or with --json
//   {"kind":"output","unit":null,"format":"pdf","path":"out/x.pdf","sha256":"..."}
// where "unit" is the unit id of a per-unit output (null for the whole campaign). Every command
// that writes outputs announces them through this one function. `sha256` is the file's digest
// when the caller has it already (a report writer hashes what it writes); else the file is read.
void print_output(const CommonOptions& options, const std::string& unit, const std::string& format,
                  const std::filesystem::path& path, const std::optional<std::string>& sha256 = std::nullopt);
// Prints the diagnostics and returns exit_data_error if they fail the run, else exit_done.
int finish(const CommonOptions& options, const diag::Diagnostics& diagnostics);

}  // namespace cr::cli
