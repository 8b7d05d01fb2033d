#pragma once
// Where templates/ and fonts/ live, whatever the working directory (cron runs us from /):
// --resources DIR, then $CAMPAIGN_REPORT_HOME, then the installed share folder, then the
// source tree the binary was built from.
#include <filesystem>
#include <optional>
#include <string>

namespace cr::cli {

// `flag_value` is --resources, `home` $CAMPAIGN_REPORT_HOME (empty: not given); Environment::read
// is the one caller.
std::optional<std::filesystem::path> find_resources(const std::string& flag_value, const std::string& home);

}  // namespace cr::cli
