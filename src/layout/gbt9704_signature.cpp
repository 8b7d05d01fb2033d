#include "layout/gbt9704_signature.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

namespace cr::layout {
namespace {

// A PNG's width and height from its IHDR chunk (bytes 16-23, big-endian); 0 when too short.
std::pair<double, double> png_size(const std::string& png) {
  if (png.size() < 24) return {0, 0};
  auto word = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(png[at + i]);
    return static_cast<double>(v);
  };
  return {word(16), word(20)};
}

}  // namespace

Gbt9704Signature::Gbt9704Signature(report::Signature signature, TextStyle style, double character)
    : signature_(std::move(signature)), style_(style), character_(character) {}

double Gbt9704Signature::seal_height() const {
  const auto [w, h] = png_size(signature_.seal_png);
  return pdf::mm(seal_width_mm) * (w > 0 && h > 0 ? h / w : 1);
}

Gbt9704Signature::SealedRows Gbt9704Signature::sealed_rows(double seal_height, double pitch) {
  SealedRows r;
  r.seal_top = pitch / 2;
  // The first row whose middle is at or below the seal's centre: both lines sit below it.
  r.organization_row = static_cast<int>(std::ceil((r.seal_top + seal_height / 2) / pitch - 0.5 - 1e-9));
  r.rows = std::max(r.organization_row + 2,
                    static_cast<int>(std::ceil((r.seal_top + seal_height) / pitch - 1e-9)));
  return r;
}

double Gbt9704Signature::wrap(double) {
  if (sealed()) return sealed_rows(seal_height(), style_.leading).rows * style_.leading;
  return (signature_.date.empty() ? 1 : 2) * style_.leading;
}

Gbt9704Signature::Placement Gbt9704Signature::place(double right, double organization_width,
                                                    double date_width, double character) {
  Placement p;
  p.organization_x = right - 2 * character - organization_width;
  p.date_x = p.organization_x + 2 * character;
  if (p.date_x + date_width > right - 2 * character) {  // the date is the longer: it sets the right end
    p.date_x = right - 2 * character - date_width;
    p.organization_x = p.date_x - 2 * character;
  }
  return p;
}

Gbt9704Signature::Placement Gbt9704Signature::place_sealed(double right, double organization_width,
                                                           double date_width, double character) {
  Placement p;
  p.date_x = right - 4 * character - date_width;
  p.organization_x = p.date_x + (date_width - organization_width) / 2;
  return p;
}

void Gbt9704Signature::draw(Canvas& canvas, pdf::Point top_left, double width) const {
  const double organization_width = canvas.measure(style_.role, style_.size, signature_.organization);
  const double date_width = canvas.measure(style_.role, style_.size, signature_.date);
  const double right = top_left.x + width;
  const Placement p = sealed() ? place_sealed(right, organization_width, date_width, character_)
                               : place(right, organization_width, date_width, character_);
  const SealedRows rows = sealed_rows(seal_height(), style_.leading);
  // Baselines as paragraphs set them: the em box centred in its grid line.
  const double first = top_left.y + (sealed() ? rows.organization_row * style_.leading : 0) +
                       (style_.leading - style_.size) / 2 + 0.88 * style_.size;
  canvas.draw_line(style_.role, style_.size, signature_.organization, p.organization_x, first,
                   TextKind::signature);
  if (!signature_.date.empty())
    canvas.draw_line(style_.role, style_.size, signature_.date, p.date_x, first + style_.leading,
                     TextKind::signature);
  if (!sealed()) return;
  // The seal over the text it presses on, centred on the date.
  const double w = pdf::mm(seal_width_mm), h = seal_height();
  canvas.writer().draw_image(canvas.page(), signature_.seal_png,
                             {p.date_x + date_width / 2 - w / 2, top_left.y + rows.seal_top, w, h});
}

}  // namespace cr::layout
