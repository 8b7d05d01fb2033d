#pragma once
// Plain geometry of the drawing API. Units are PostScript points (1/72 inch); the origin is the
// top-left corner of the page and y grows downwards, as layout code thinks of a page. The writer
// turns this into PDF's bottom-left coordinates.
namespace cr::pdf {

struct PageSize {
  double width = 0, height = 0;
};

// ISO 216 A4, 210 x 297 mm.
inline constexpr PageSize a4{595.2756, 841.8898};

inline constexpr double points_per_mm = 72.0 / 25.4;
constexpr double mm(double millimetres) { return millimetres * points_per_mm; }

struct Point {
  double x = 0, y = 0;
};

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;  // (x, y) is the top-left corner
};

struct Color {  // DeviceRGB, each 0..1
  double r = 0, g = 0, b = 0;
};

inline constexpr Color black{0, 0, 0};

}  // namespace cr::pdf
