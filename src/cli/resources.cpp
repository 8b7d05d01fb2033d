#include "cli/resources.hpp"

#include <system_error>

#include "build_info.hpp"

namespace cr::cli {
namespace {

bool looks_like_resources(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::is_directory(dir / "templates", ec) && std::filesystem::is_directory(dir / "fonts", ec);
}

}  // namespace

std::optional<std::filesystem::path> find_resources(const std::string& flag_value, const std::string& home) {
  if (!flag_value.empty()) {
    if (looks_like_resources(flag_value)) return std::filesystem::path(flag_value);
    return std::nullopt;  // an explicit choice that is wrong is not silently replaced
  }
  if (!home.empty()) {
    if (looks_like_resources(home)) return std::filesystem::path(home);
    return std::nullopt;
  }
  for (const char* candidate : {build_info::install_datadir, build_info::source_dir})
    if (looks_like_resources(candidate)) return std::filesystem::path(candidate);
  return std::nullopt;
}

}  // namespace cr::cli
