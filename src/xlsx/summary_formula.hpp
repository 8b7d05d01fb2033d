#pragma once
// The live formula of an indicator's campaign total over 明细: what Excel, WPS and LibreOffice
// recalculate to the very figure stats/ computed, because both take the same records (those
// marked 计入合计) and the same aggregate.
#include <cstdint>
#include <optional>
#include <string>

#include "model/campaign.hpp"

namespace cr::xlsx {

// SUMIFS for sum, _xlfn.MAXIFS for max (Excel 2019 stores it with the prefix), ROUND(AVERAGEIFS)
// to `result_decimals` for avg; nullopt for last and none, whose totals are written as values.
// `record_count` is the number of rows in 明细.
std::optional<std::string> total_formula(const model::Indicator& indicator, std::size_t record_count,
                                         int result_decimals);

// A text criterion that matches `value` exactly: "=" first (so that <, > or = in an id are not
// operators), ~ before the wildcards * ? ~, quotes doubled inside the formula's string literal.
std::string exact_criterion(const std::string& value);

}  // namespace cr::xlsx
