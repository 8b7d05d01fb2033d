#include "layout/gbt9704_signature.hpp"

namespace cr::layout {

Gbt9704Signature::Gbt9704Signature(report::Signature signature, TextStyle style, double character)
    : signature_(std::move(signature)), style_(style), character_(character) {}

double Gbt9704Signature::wrap(double) { return (signature_.date.empty() ? 1 : 2) * style_.leading; }

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

void Gbt9704Signature::draw(Canvas& canvas, pdf::Point top_left, double width) const {
  const double organization_width = canvas.measure(style_.role, style_.size, signature_.organization);
  const double date_width = canvas.measure(style_.role, style_.size, signature_.date);
  const Placement p = place(top_left.x + width, organization_width, date_width, character_);
  // Baselines as paragraphs set them: the em box centred in its grid line.
  const double first = top_left.y + (style_.leading - style_.size) / 2 + 0.88 * style_.size;
  auto line = [&](const std::string& text, double x, double w, double baseline) {
    canvas.draw_text(style_.role, style_.size, text, x, baseline);
    LaidLine laid;
    laid.x = x;
    laid.baseline = baseline;
    laid.width = w;
    laid.text = text;
    laid.kind = TextKind::signature;
    laid.paragraph_end = true;
    canvas.record(std::move(laid));
  };
  line(signature_.organization, p.organization_x, organization_width, first);
  if (!signature_.date.empty()) line(signature_.date, p.date_x, date_width, first + style_.leading);
}

}  // namespace cr::layout
