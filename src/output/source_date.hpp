#pragma once
// The one time stamp outputs may carry: SOURCE_DATE_EPOCH (reproducible-builds.org), else a
// date of the campaign's own data. Never the wall clock, so the same inputs give the same bytes.
#include <cstdint>
#include <optional>

#include "diag/diagnostic.hpp"

namespace cr::output {

// SOURCE_DATE_EPOCH as whole seconds since 1970, or nullopt when unset. A value that is not a
// non-negative integer is ignored with a "bad-source-date-epoch" warning.
std::optional<std::int64_t> source_date_epoch(diag::Diagnostics& diagnostics);

// Midnight China Standard Time (UTC+8) of the day `days_since_epoch` (1970-01-01 is day 0),
// in seconds since 1970 UTC: how a campaign's date becomes a time stamp.
std::int64_t china_midnight(long days_since_epoch);

}  // namespace cr::output
