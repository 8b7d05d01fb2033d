// Commands whose implementation is being written; each moves to its own file when done.
#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/reporting.hpp"

namespace cr::cli {

int run_fonts(const CommonOptions& options, const FontsOptions&) {
  print_message(options, "fonts 尚未实现", "fonts is not implemented yet");
  return exit_usage;
}

}  // namespace cr::cli
