#pragma once
// The three tables of a campaign folder (CSV files or workbook sheets), each read into the
// campaign with its checks.
// indicators.csv and units.csv are small and read first; records.csv (up to a million rows) is
// streamed into compact records that refer to them by index.
#include <filesystem>

#include "diag/diagnostic.hpp"
#include "input/header.hpp"
#include "input/table_source.hpp"
#include "model/campaign.hpp"

namespace cr::input {

// Whether a table could be read: references into a table that is absent or unreadable are not
// reported one by one (the table's own diagnostic is the one cause).
enum class TableState { read, absent, unreadable };

// indicators.csv: id, name, unit required; program, aggregate, wording, description optional.
// Program references are checked against campaign.programs when `programs_known` (the manifest
// was read; otherwise every reference would be reported for one missing file).
TableState read_indicators(const TableSource& source, bool programs_known, model::Campaign& campaign,
                           diag::Diagnostics& diagnostics);

// units.csv: id, name required; type, parent optional. Parent references and cycles are checked.
TableState read_units(const TableSource& source, model::Campaign& campaign,
                      diag::Diagnostics& diagnostics);

// records.csv: indicator, value required; unit, period, qualifier, note optional. Reads after the
// indicators and units; references, values and periods are checked row by row. Returns the
// 1-based field of the period column (0 when absent), where cross-record problems are reported.
struct ReferenceTables {
  TableState indicators = TableState::read;
  TableState units = TableState::read;
  std::string indicators_name = "indicators.csv", units_name = "units.csv";  // as messages name them
};
int read_records(const TableSource& source, ReferenceTables tables, model::Campaign& campaign,
                 diag::Diagnostics& diagnostics);

// The columns of records.csv, in the order indicator, unit, period, value, qualifier, note: for
// tools that write records (collect) and must place each field under the header's own names.
const std::vector<ColumnSpec>& record_columns();

}  // namespace cr::input
