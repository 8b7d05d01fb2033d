#pragma once
// A hook for the tests that kill a run at a chosen moment: when the environment variable
// CAMPAIGN_REPORT_TEST_KILL_AFTER_RENAMES is N > 0, the process kills itself with SIGKILL right
// after its N-th rename of an output or manifest into place. Unset (always, outside the tests),
// it does nothing. The renames of a run with --jobs 1 come in a fixed order, so each N is a
// repeatable moment.
namespace cr::cli {

void after_rename();

}  // namespace cr::cli
