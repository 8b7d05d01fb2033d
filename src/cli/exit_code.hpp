#pragma once
// Exit codes, the same for every command (README.md and --help list them).

namespace cr::cli {

enum ExitCode : int {
  exit_done = 0,            // done (warnings allowed unless --strict)
  exit_data_error = 1,      // the campaign data has errors
  exit_usage = 2,           // usage error
  exit_output_error = 3,    // an output could not be written
  exit_locked = 4,          // another run holds the lock on the output
  exit_partial_batch = 5,   // a batch finished with some units failed
  exit_internal = 70,       // a bug: please report it
};

}  // namespace cr::cli
