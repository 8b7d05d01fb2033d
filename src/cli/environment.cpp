#include "cli/environment.hpp"

#include <cstdlib>

#include "cli/resources.hpp"
#include "output/source_date.hpp"

namespace cr::cli {
namespace {

std::string variable(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

}  // namespace

Environment Environment::read(const CommonOptions& options) {
  return {variable("SOURCE_DATE_EPOCH"), find_resources(options.resources, variable("CAMPAIGN_REPORT_HOME")),
          std::chrono::system_clock::now()};
}

std::optional<std::int64_t> Environment::source_date_epoch(diag::Diagnostics& diagnostics) const {
  return output::source_date_epoch(source_date_text, diagnostics);
}

std::chrono::system_clock::time_point Environment::today(diag::Diagnostics& diagnostics) const {
  const auto epoch = source_date_epoch(diagnostics);
  return epoch ? std::chrono::system_clock::time_point(std::chrono::seconds(*epoch)) : now;
}

}  // namespace cr::cli
