#pragma once
// The SHA-256 of a written file, as `build --json` reports it: a script can tell that an output
// changed, or check a copy, without reading it.
#include <filesystem>
#include <optional>
#include <string>

namespace cr::output {

// Lower-case hex; nullopt when the file cannot be read.
std::optional<std::string> file_sha256(const std::filesystem::path& path);

}  // namespace cr::output
