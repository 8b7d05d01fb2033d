#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/reporting.hpp"
#include "input/campaign_loader.hpp"

namespace cr::cli {

int run_validate(const CommonOptions& options, const std::string& folder) {
  diag::Diagnostics diagnostics;
  auto campaign = input::load_campaign(folder, diagnostics);
  const int code = finish(options, diagnostics);
  if (campaign && code == 0 && !options.quiet && !options.json)
    print_message(options,
                  fmt::format("「{}」数据无误：{} 个指标，{} 条记录", campaign->title, campaign->indicators.size(),
                              campaign->records.size()),
                  fmt::format("'{}' is valid: {} indicators, {} records", campaign->id, campaign->indicators.size(),
                              campaign->records.size()));
  return code;
}

}  // namespace cr::cli
