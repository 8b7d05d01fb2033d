#pragma once
// How the workbook's charts look: the PDF's palette in the PDF's order, the workbook's face on
// every text of a chart (titles, axes, legend, labels), gaps for blanks.
#include <cstddef>

#include <xlsxwriter.h>

namespace cr::xlsx {

// The colour of the `index`th series (or pie slice), as the PDF's charts colour them.
lxw_color_t series_colour(std::size_t index);

// Gives every text of `chart` the workbook's face, and shows blank cells as gaps.
void style_chart(lxw_chart* chart);

// Colours `series` as the `index`th of its chart: fill for bars, line and markers for lines.
void colour_series(lxw_chart_series* series, std::size_t index, bool line);

}  // namespace cr::xlsx
