#pragma once
// libxlsxwriter's constructors (workbook_add_format, workbook_add_chart, chart_add_series)
// return NULL only when memory runs out; every other step of theirs would then dereference it.
// Each result passes through allocated(), which makes that an exception the command reports,
// never a crash and never a workbook silently missing a chart.
#include <new>

namespace cr::xlsx {

template <typename T>
T* allocated(T* object) {
  if (object == nullptr) throw std::bad_alloc();
  return object;
}

}  // namespace cr::xlsx
