#include "cli/test_hook.hpp"

#include <atomic>
#include <csignal>
#include <cstdlib>

namespace cr::cli {

void after_rename() {
  static const long kill_after = [] {
    const char* value = std::getenv("CAMPAIGN_REPORT_TEST_KILL_AFTER_RENAMES");
    return value ? std::atol(value) : 0L;
  }();
  static std::atomic<long> renames{0};
  if (kill_after > 0 && ++renames == kill_after) std::raise(SIGKILL);
}

}  // namespace cr::cli
