#pragma once
// Every file read lies inside the campaign folder: campaign folders arrive from many offices,
// and a symbolic link that resolves elsewhere (/etc/passwd, another office's data) is refused.
#include <filesystem>
#include <string>

#include "diag/diagnostic.hpp"

namespace cr::input {

enum class PathStatus { ok, missing, outside, not_a_file, not_a_folder };

struct ResolvedPath {
  PathStatus status = PathStatus::missing;
  std::filesystem::path path;  // canonical, when status is ok
};

// Resolves `relative` (e.g. "records.csv", "narrative") under the canonical campaign `root`.
// `want_folder` asks for a folder rather than a regular file.
ResolvedPath resolve_inside(const std::filesystem::path& root, const std::string& relative,
                            bool want_folder = false);

// Reports a status other than ok and missing (the caller words "missing" itself, since some
// files are optional). Returns whether the path may be read.
bool report_unsafe(const ResolvedPath& resolved, const std::string& relative, diag::Diagnostics& diagnostics);

}  // namespace cr::input
