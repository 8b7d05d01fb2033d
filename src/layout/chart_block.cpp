#include "layout/chart_block.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace cr::layout {
namespace {

// Distinct in colour and in grey print.
constexpr std::array<pdf::Color, 6> palette{{{0.75, 0.16, 0.14},
                                             {0.20, 0.38, 0.62},
                                             {0.91, 0.61, 0.16},
                                             {0.35, 0.58, 0.33},
                                             {0.50, 0.38, 0.64},
                                             {0.45, 0.45, 0.45}}};

double value_of(const std::optional<model::Decimal>& value) { return value ? value->to_double() : 0.0; }

// A tick step of 1, 2, 2.5 or 5 times a power of ten giving at most five steps up to `top`.
double tick_step(double top) {
  if (top <= 0) return 1;
  const double raw = top / 5;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (step * power >= raw - 1e-9) return step * power;
  return 10 * power;
}

std::string axis_number(double value) {
  if (std::fabs(value - std::round(value)) < 1e-9)
    return std::to_string(static_cast<long long>(std::llround(value)));
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

constexpr double legend_height = 18, category_height = 16, caption_gap = 4;

}  // namespace

ChartBlock::ChartBlock(report::Chart chart, const PageStyle& style, const font::FontSet&)
    : chart_(std::move(chart)),
      caption_(style.text_style(TextKind::caption)),
      label_(style.text_style(TextKind::chart_label)) {}

double ChartBlock::wrap(double) {
  return caption_.leading + caption_gap + plot_height + category_height + legend_height;
}

void ChartBlock::label(Canvas& canvas, const std::string& text, double centre_x, double baseline) const {
  const double width = canvas.measure(label_.role, label_.size, text);
  canvas.draw_text(label_.role, label_.size, text, centre_x - width / 2, baseline);
  LaidLine line;
  line.x = centre_x - width / 2;
  line.baseline = baseline;
  line.width = width;
  line.text = text;
  line.kind = TextKind::chart_label;
  canvas.record(std::move(line));
}

void ChartBlock::draw(Canvas& canvas, pdf::Point top_left, double width) const {
  const std::string& title = chart_.title;  // the Document's title already names the unit
  const double caption_width = canvas.measure(caption_.role, caption_.size, title);
  const double caption_baseline = top_left.y + (caption_.leading - caption_.size) / 2 + 0.88 * caption_.size;
  canvas.draw_text(caption_.role, caption_.size, title, top_left.x + (width - caption_width) / 2,
                   caption_baseline);
  canvas.record({0, top_left.x + (width - caption_width) / 2, caption_baseline, caption_width, title,
                 TextKind::caption, true, false});
  const double axis_room = 40;
  const pdf::Rect plot{top_left.x + axis_room, top_left.y + caption_.leading + caption_gap,
                       width - axis_room - 8, plot_height};
  if (chart_.kind == report::ChartKind::pie)
    draw_pie(canvas, plot);
  else
    draw_bars(canvas, plot, chart_.kind == report::ChartKind::line);
  draw_legend(canvas, top_left.x, plot.y + plot.height + category_height, width);
}

void ChartBlock::draw_bars(Canvas& canvas, pdf::Rect plot, bool as_lines) const {
  const std::size_t categories = chart_.categories.size();
  double top = 0;
  for (const report::ChartSeries& series : chart_.series)
    for (const auto& v : series.values) top = std::max(top, value_of(v));
  const double step = tick_step(top);
  const int ticks = std::max(1, static_cast<int>(std::ceil(top / step - 1e-9)));
  const double axis_max = step * ticks;
  const double bottom = plot.y + plot.height;
  auto y_of = [&](double v) { return bottom - plot.height * v / axis_max; };
  const std::size_t page = canvas.page();
  for (int tick = 0; tick <= ticks; ++tick) {  // gridlines and their figures
    const double v = step * tick, y = y_of(v);
    canvas.writer().draw_line(page, {plot.x, y}, {plot.x + plot.width, y}, tick == 0 ? 0.8 : 0.3,
                              tick == 0 ? pdf::black : pdf::Color{0.7, 0.7, 0.7});
    const std::string text = axis_number(v);
    const double w = canvas.measure(label_.role, label_.size, text);
    canvas.draw_text(label_.role, label_.size, text, plot.x - 4 - w, y + label_.size * 0.35);
  }
  if (categories == 0) return;
  const double slot = plot.width / static_cast<double>(categories);
  const double bar =
      std::min(slot * 0.7 / static_cast<double>(std::max<std::size_t>(chart_.series.size(), 1)), 36.0);
  for (std::size_t s = 0; s < chart_.series.size(); ++s) {
    const pdf::Color colour = palette[s % palette.size()];
    std::vector<pdf::Point> points;
    for (std::size_t c = 0; c < categories && c < chart_.series[s].values.size(); ++c) {
      const auto& v = chart_.series[s].values[c];
      if (!v) continue;
      const double centre = plot.x + slot * (static_cast<double>(c) + 0.5);
      const double x = as_lines ? centre
                                : centre - bar * static_cast<double>(chart_.series.size()) / 2 +
                                      bar * static_cast<double>(s);
      const double y = y_of(value_of(v));
      if (as_lines) {
        points.push_back({x, y});
        canvas.writer().fill_rect(page, {x - 2.5, y - 2.5, 5, 5}, colour);
      } else {
        canvas.writer().fill_rect(page, {x, y, bar, bottom - y}, colour);
      }
      label(canvas, v->to_string(), as_lines ? x : x + bar / 2, y - 3);
    }
    if (as_lines && points.size() > 1) canvas.writer().stroke_polyline(page, points, 1.5, colour);
  }
  for (std::size_t c = 0; c < categories; ++c)
    label(canvas, chart_.categories[c], plot.x + slot * (static_cast<double>(c) + 0.5),
          bottom + label_.size + 3);
}

void ChartBlock::draw_pie(Canvas& canvas, pdf::Rect plot) const {
  if (chart_.series.empty()) return;
  const auto& values = chart_.series.front().values;
  double total = 0;
  for (const auto& v : values) total += std::max(value_of(v), 0.0);
  if (total <= 0) return;
  const double radius = plot.height / 2 - label_.size;
  const pdf::Point centre{plot.x + plot.width / 2, plot.y + plot.height / 2};
  double angle = -std::numbers::pi / 2;  // from twelve o'clock, clockwise
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double share = std::max(value_of(values[i]), 0.0) / total;
    if (share <= 0) continue;
    const double sweep = share * 2 * std::numbers::pi;
    std::vector<pdf::Point> slice{centre};
    const int steps = std::max(2, static_cast<int>(std::ceil(sweep / (std::numbers::pi / 90))));
    for (int k = 0; k <= steps; ++k) {
      const double a = angle + sweep * k / steps;
      slice.push_back({centre.x + radius * std::cos(a), centre.y + radius * std::sin(a)});
    }
    canvas.writer().fill_polygon(canvas.page(), slice, palette[i % palette.size()]);
    const double middle = angle + sweep / 2;
    const std::string name = i < chart_.categories.size() ? chart_.categories[i] : "";
    label(canvas, name + " " + axis_number(std::round(share * 1000) / 10) + "%",
          centre.x + (radius + 28) * std::cos(middle),
          centre.y + (radius + 10) * std::sin(middle) + label_.size / 2);
    angle += sweep;
  }
}

void ChartBlock::draw_legend(Canvas& canvas, double x, double y, double width) const {
  if (chart_.kind == report::ChartKind::pie || chart_.series.empty()) return;
  double total = 0;
  for (const auto& series : chart_.series)
    total += 14 + canvas.measure(label_.role, label_.size, series.name) + 12;
  double pen = x + std::max((width - total) / 2, 0.0);
  const double baseline = y + label_.size + 2;
  for (std::size_t s = 0; s < chart_.series.size(); ++s) {
    canvas.writer().fill_rect(canvas.page(), {pen, baseline - label_.size * 0.8, 10, label_.size * 0.8},
                              palette[s % palette.size()]);
    pen += 14;
    const std::string& name = chart_.series[s].name;
    pen += canvas.draw_text(label_.role, label_.size, name, pen, baseline) + 12;
  }
}

}  // namespace cr::layout
