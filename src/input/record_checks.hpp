#pragma once
// Checks across records, after all of records.csv is read: the same figure given twice, periods
// that a sum would count twice, and periods outside the campaign. Sorting an index of 4-byte
// positions keeps this O(n log n) in time and small in memory for a million records.
#include "diag/diagnostic.hpp"
#include "input/table_source.hpp"
#include "model/campaign.hpp"

namespace cr::input {

// `source` is where the records were read; `period_column` is the 1-based field of its period
// column (0 if absent); `dates_known` says whether campaign.start/end came from a valid manifest.
void check_records(const TableSource& source, const model::Campaign& campaign, int period_column, bool dates_known,
                   diag::Diagnostics& diagnostics);

}  // namespace cr::input
