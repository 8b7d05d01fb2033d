#pragma once
// What a run takes from its surroundings rather than from its arguments: SOURCE_DATE_EPOCH, the
// folder of templates/ and fonts/, the clock. Read once, in app.cpp before the command runs, and
// handed to the command; no module below cli reads the environment or the clock. (The test hook
// in test_hook.hpp reads a variable of its own: it is a seam for the tests, not an input.)
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "cli/options.hpp"
#include "diag/diagnostic.hpp"

namespace cr::cli {

struct Environment {
  // SOURCE_DATE_EPOCH as set; empty when unset. Its meaning is source_date_epoch(): the value is
  // judged only when a command asks for it, so only the commands that stamp a time warn of a bad one.
  std::string source_date_text;
  // templates/ and fonts/ (resources.hpp); nullopt when none is found, which fails only the
  // commands that need them.
  std::optional<std::filesystem::path> resources;
  // The wall clock, for the one thing that may use it: the year `init` proposes.
  std::chrono::system_clock::time_point now;

  // The environment of this process, with --resources from `options`.
  static Environment read(const CommonOptions& options);

  // SOURCE_DATE_EPOCH in seconds, or nullopt when unset or ignored (output/source_date.hpp says
  // which value earns a warning and which an error, into `diagnostics`).
  std::optional<std::int64_t> source_date_epoch(diag::Diagnostics& diagnostics) const;
  // SOURCE_DATE_EPOCH's moment when it is set, else the clock's: what `init` dates by.
  std::chrono::system_clock::time_point today(diag::Diagnostics& diagnostics) const;
};

}  // namespace cr::cli
