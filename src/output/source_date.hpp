#pragma once
// The one time stamp outputs may carry: SOURCE_DATE_EPOCH (reproducible-builds.org), else a
// date of the campaign's own data. Never the wall clock, so the same inputs give the same bytes.
#include <cstdint>
#include <optional>
#include <string_view>

#include "diag/diagnostic.hpp"

namespace cr::output {

// 9999-12-31T23:59:59Z: the last moment a workbook's or a PDF's date can hold.
constexpr std::int64_t latest_source_date = 253402300799;

// SOURCE_DATE_EPOCH's value `text` as whole seconds since 1970, or nullopt when it is empty
// (unset). A value that is not a non-negative integer is ignored with a "bad-source-date-epoch"
// warning; a number past 9999 (or negative) is a "source-date-out-of-range" error. The caller
// reads the environment (cli/environment.hpp); this module never does.
std::optional<std::int64_t> source_date_epoch(std::string_view text, diag::Diagnostics& diagnostics);

// Midnight China Standard Time (UTC+8) of the day `days_since_epoch` (1970-01-01 is day 0),
// in seconds since 1970 UTC: how a campaign's date becomes a time stamp.
std::int64_t china_midnight(long days_since_epoch);

}  // namespace cr::output
