#pragma once
// The columns of records.csv, as the table reader is asked for them: the harnesses that read a
// table (CSV and .xlsx) ask for the same ones.
#include <vector>

#include "input/table_reader.hpp"

namespace cr::fuzz {

inline std::vector<input::ColumnSpec> record_columns() {
  return {{"indicator", {"指标编码"}, true},
          {"unit", {"单位编码"}, false},
          {"period", {"时期"}, false},
          {"value", {"数值"}, true},
          {"note", {"备注"}, false}};
}

}  // namespace cr::fuzz
