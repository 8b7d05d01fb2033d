#pragma once
// campaign-report COMMAND [options]: argument parsing and dispatch; each command lives in a
// file of its own (validate_command.cpp, summary_command.cpp, ...).

namespace cr::cli {

// Runs the command line and returns the process exit code; never throws.
int run(int argc, char** argv);

}  // namespace cr::cli
