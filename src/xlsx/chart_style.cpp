#include "xlsx/chart_style.hpp"

#include <array>

#include "xlsx/formats.hpp"

namespace cr::xlsx {
namespace {

// The PDF's chart palette (layout's chart blocks), distinct in colour and in grey print.
constexpr std::array<lxw_color_t, 6> palette{0xBF2924, 0x33619E, 0xE89C29, 0x599454, 0x8061A3, 0x737373};

lxw_chart_font face(double points, bool bold) {
  lxw_chart_font font{};
  font.name = const_cast<char*>(font_name);
  font.size = points;
  font.bold = bold ? LXW_TRUE : LXW_FALSE;
  font.charset = font_charset;
  return font;
}

void style_axis(lxw_chart_axis* axis) {
  lxw_chart_font name = face(10, false);
  lxw_chart_font numbers = face(10, false);
  chart_axis_set_name_font(axis, &name);
  chart_axis_set_num_font(axis, &numbers);
}

}  // namespace

lxw_color_t series_colour(std::size_t index) { return palette[index % palette.size()]; }

void style_chart(lxw_chart* chart) {
  lxw_chart_font title = face(13, true);
  chart_title_set_name_font(chart, &title);
  lxw_chart_font legend = face(10, false);
  chart_legend_set_font(chart, &legend);
  style_axis(chart->x_axis);
  style_axis(chart->y_axis);
  chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
}

void colour_series(lxw_chart_series* series, std::size_t index, bool line) {
  lxw_chart_fill fill{};
  fill.color = series_colour(index);
  lxw_chart_line stroke{};
  stroke.color = series_colour(index);
  stroke.width = line ? 2.0F : 0.75F;
  if (line) {
    chart_series_set_line(series, &stroke);
    chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
    chart_series_set_marker_size(series, 6);
    chart_series_set_marker_fill(series, &fill);
    chart_series_set_marker_line(series, &stroke);
  } else {
    chart_series_set_fill(series, &fill);
    chart_series_set_line(series, &stroke);
  }
}

}  // namespace cr::xlsx
