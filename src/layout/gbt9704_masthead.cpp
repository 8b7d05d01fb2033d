#include "layout/gbt9704_masthead.hpp"

#include <algorithm>

#include "font/shaping.hpp"

namespace cr::layout {
namespace {

const std::string wenjian = "文件";
const std::string signer_label = "签发人：";

double em_width(const font::FontSet& fonts, font::Role role, const std::string& text) {
  const font::RoleFonts& chain = fonts.role(role);
  return chain.faces.empty() ? 0 : font::measure(chain, text, 1);
}

}  // namespace

Gbt9704Masthead::Gbt9704Masthead(report::Masthead masthead, const font::FontSet& fonts, double pitch,
                                 double character, double size)
    : masthead_(std::move(masthead)), fonts_(fonts), pitch_(pitch), character_(character), size_(size) {
  for (const std::string& issuer : masthead_.issuers)
    name_ems_.push_back(em_width(fonts, font::Role::title, issuer));
  wenjian_em_ = em_width(fonts, font::Role::title, wenjian);
}

Gbt9704Masthead::Geometry Gbt9704Masthead::geometry(const std::vector<double>& name_ems, double wenjian_em,
                                                    std::size_t signer_rows, double width, double pitch,
                                                    double size) {
  Geometry g;
  const bool joint = name_ems.size() > 1;
  const double widest = name_ems.empty() ? 0 : *std::max_element(name_ems.begin(), name_ems.end());
  // A joint mark keeps half its size between the names and 文件.
  const double ems = widest + (joint ? 0.5 : 0) + wenjian_em;
  g.mark_size = ems > 0 ? std::min(largest_mark, width / ems) : largest_mark;
  g.mark_top = pdf::mm(mark_top_mm);
  const double stacked = name_ems.empty() ? 0 : static_cast<double>(name_ems.size() - 1);
  g.mark_bottom = g.mark_top + stacked * stack_advance * g.mark_size + g.mark_size;
  // 发文字号 two blank lines below the mark (7.2.5), on the line of the last 签发人 row (7.2.6).
  const double rows = static_cast<double>(std::max<std::size_t>(signer_rows, 1));
  g.number_line_top = g.mark_bottom + 2 * pitch + (rows - 1) * pitch;
  const double number_bottom = g.number_line_top + (pitch - size) / 2 + size;
  g.rule_y = number_bottom + pdf::mm(rule_gap_mm);
  g.height = g.rule_y + 2 * pitch;  // the title two blank lines below the line (7.3.1)
  return g;
}

double Gbt9704Masthead::wrap(double width) {
  return geometry(name_ems_, wenjian_em_, signer_rows(), width, pitch_, size_).height;
}

void Gbt9704Masthead::text(Canvas& canvas, font::Role role, double size, const std::string& s, double x,
                           double baseline, pdf::Color color) const {
  canvas.draw_text(role, size, s, x, baseline, color);
}

// 份号, then 密级和保密期限, then 紧急程度, one to a grid line from the top (7.2.1-7.2.3).
void Gbt9704Masthead::draw_corner(Canvas& canvas, pdf::Point origin) const {
  double top = origin.y;
  auto line = [&](const std::string& s, font::Role role) {
    if (s.empty()) return;
    text(canvas, role, size_, s, origin.x, baseline_in(top));
    top += pitch_;
  };
  line(masthead_.copy_number, font::Role::body);
  line(masthead_.secrecy, font::Role::heading);
  line(masthead_.urgency, font::Role::heading);
}

void Gbt9704Masthead::draw_mark(Canvas& canvas, pdf::Point origin, double width, const Geometry& g) const {
  const double m = g.mark_size;
  if (name_ems_.size() == 1) {
    const double x = origin.x + (width - (name_ems_[0] + wenjian_em_) * m) / 2;
    text(canvas, font::Role::title, m, masthead_.issuers[0] + wenjian, x, origin.y + g.mark_top + 0.88 * m,
         red);
    return;
  }
  // Joint issuers: each name centred in the widest one's measure, 文件 centred on the stack.
  const double widest = *std::max_element(name_ems_.begin(), name_ems_.end());
  const double left = origin.x + (width - (widest + 0.5 + wenjian_em_) * m) / 2;
  for (std::size_t i = 0; i < name_ems_.size(); ++i) {
    const double top = g.mark_top + static_cast<double>(i) * stack_advance * m;
    const double x = left + (widest - name_ems_[i]) * m / 2;
    text(canvas, font::Role::title, m, masthead_.issuers[i], x, origin.y + top + 0.88 * m, red);
  }
  const double middle = (g.mark_top + g.mark_bottom) / 2;
  text(canvas, font::Role::title, m, wenjian, left + (widest + 0.5) * m, origin.y + middle - m / 2 + 0.88 * m,
       red);
}

void Gbt9704Masthead::draw_number_line(Canvas& canvas, pdf::Point origin, double width,
                                       const Geometry& g) const {
  const double baseline = origin.y + baseline_in(g.number_line_top);
  const double number_width = canvas.measure(font::Role::body, size_, masthead_.number);
  if (masthead_.signers.empty()) {
    text(canvas, font::Role::body, size_, masthead_.number, origin.x + (width - number_width) / 2, baseline);
    return;
  }
  text(canvas, font::Role::body, size_, masthead_.number, origin.x + character_, baseline);
  // Two names a row, one character apart; the widest row ends one character in from the right.
  const std::size_t rows = signer_rows();
  std::vector<double> row_widths(rows, 0);
  for (std::size_t i = 0; i < masthead_.signers.size(); ++i)
    row_widths[i / 2] +=
        canvas.measure(font::Role::subheading, size_, masthead_.signers[i]) + (i % 2 ? character_ : 0);
  const double label_width = canvas.measure(font::Role::body, size_, signer_label);
  const double names_x =
      origin.x + width - character_ - *std::max_element(row_widths.begin(), row_widths.end());
  const double first_baseline = baseline - static_cast<double>(rows - 1) * pitch_;
  text(canvas, font::Role::body, size_, signer_label, names_x - label_width, first_baseline);
  double x = names_x;
  for (std::size_t i = 0; i < masthead_.signers.size(); ++i) {
    if (i % 2 == 0) x = names_x;
    const double row_baseline = first_baseline + static_cast<double>(i / 2) * pitch_;
    x += canvas.draw_text(font::Role::subheading, size_, masthead_.signers[i], x, row_baseline) + character_;
  }
}

void Gbt9704Masthead::draw(Canvas& canvas, pdf::Point top_left, double width) const {
  const Geometry g = geometry(name_ems_, wenjian_em_, signer_rows(), width, pitch_, size_);
  draw_corner(canvas, top_left);
  draw_mark(canvas, top_left, width, g);
  draw_number_line(canvas, top_left, width, g);
  const double y = top_left.y + g.rule_y;
  canvas.writer().draw_line(canvas.page(), {top_left.x, y}, {top_left.x + width, y}, pdf::mm(rule_width_mm),
                            red);
}

}  // namespace cr::layout
