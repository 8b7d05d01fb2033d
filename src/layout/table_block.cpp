#include "layout/table_block.hpp"

#include <algorithm>
#include <numeric>

namespace cr::layout {
namespace {

constexpr double heavy_rule = 1.0, light_rule = 0.5;
constexpr pdf::Color group_fill{0.93, 0.93, 0.93};

}  // namespace

TableBlock::TableBlock(const report::Table& table, const PageStyle& style, const font::FontSet& fonts,
                       SetTexts& texts)
    : grid_(std::make_shared<Grid>()) {
  // Tables are shaped here, whole: their characters no font covers are found as paragraphs' are.
  auto shaped = [&](std::vector<report::Run> runs, const TextStyle& text_style) {
    texts.check(runs, text_style);
    return std::make_shared<const ShapedParagraph>(fonts, runs, text_style);
  };
  grid_->alignment = table.alignment;
  auto make_row = [&](const std::vector<report::Cell>& cells, bool header, bool group) {
    Row row;
    row.header = header;
    row.group = group;
    std::size_t column = 0;
    for (const report::Cell& cell : cells) {
      Cell c;
      c.column = column;
      c.span = static_cast<std::size_t>(std::max(1, cell.column_span));
      c.style = style.text_style(header ? TextKind::table_header : TextKind::table_body);
      if (!group && column < table.alignment.size() &&
          (!header || table.alignment[column] == report::Align::right))
        c.style.align = table.alignment[column] == report::Align::right    ? TextAlign::right
                        : table.alignment[column] == report::Align::center ? TextAlign::center
                                                                           : TextAlign::left;
      const auto run_style = group ? report::Run::Style::bold : report::Run::Style::plain;
      c.text = shaped({{cell.text, run_style}}, c.style);
      column += c.span;
      row.cells.push_back(std::move(c));
    }
    return row;
  };
  for (const auto& cells : table.header_rows) grid_->header.push_back(make_row(cells, true, false));
  for (std::size_t i = 0; i < table.body_rows.size(); ++i)
    grid_->body.push_back(
        make_row(table.body_rows[i], false, i < table.group_rows.size() && table.group_rows[i]));
  last_ = grid_->body.size();

  const TextStyle caption_style = style.text_style(TextKind::caption);
  space_before_ = caption_style.space_before;
  space_after_ = style.text_style(TextKind::body).leading / 2;
  if (!table.title.empty())
    caption_ = std::make_shared<ParagraphBlock>(shaped({{table.title, {}}}, caption_style), caption_style,
                                                TextKind::caption);
  if (!table.note.empty()) {
    const TextStyle note_style = style.text_style(TextKind::note);
    note_ =
        std::make_shared<ParagraphBlock>(shaped({{table.note, {}}}, note_style), note_style, TextKind::note);
  }
}

void TableBlock::ensure_laid(double width) {
  Grid& grid = *grid_;
  if (grid.width == width) return;
  grid.width = width;
  if (caption_) grid.caption_height = caption_->wrap(width);
  if (note_) grid.note_height = note_->wrap(width);
  std::size_t columns = grid.alignment.size();
  for (const auto* rows : {&grid.header, &grid.body})
    for (const Row& row : *rows)
      for (const Cell& cell : row.cells) columns = std::max(columns, cell.column + cell.span);
  // Natural widths of single-column cells; figures keep theirs, text columns share the rest.
  std::vector<double> natural(columns, 2 * padding_);
  for (const auto* rows : {&grid.header, &grid.body})
    for (const Row& row : *rows)
      for (const Cell& cell : row.cells)
        if (cell.span == 1)
          natural[cell.column] = std::max(natural[cell.column], cell.text->natural_width() + 2 * padding_);
  const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
  grid.columns = natural;
  if (total <= width) {
    for (double& w : grid.columns) w += (width - total) * (w / total);
  } else {
    double fixed = 0, flexible = 0;
    for (std::size_t c = 0; c < columns; ++c)
      (c < grid.alignment.size() && grid.alignment[c] == report::Align::right ? fixed : flexible) +=
          natural[c];
    const double room = std::max(width - fixed, 0.0);
    for (std::size_t c = 0; c < columns; ++c)
      if (!(c < grid.alignment.size() && grid.alignment[c] == report::Align::right) && flexible > 0)
        grid.columns[c] = std::max(room * natural[c] / flexible, 2 * padding_ + 16);
  }
  for (auto* rows : {&grid.header, &grid.body})
    for (Row& row : *rows) {
      row.height = 0;
      for (Cell& cell : row.cells) {
        double cell_width = -2 * padding_;
        for (std::size_t c = cell.column; c < cell.column + cell.span && c < columns; ++c)
          cell_width += grid.columns[c];
        cell.lines = cell.text->fit(std::max(cell_width, cell.style.size), 0);
        const double lines = static_cast<double>(std::max<std::size_t>(cell.lines.size(), 1));
        row.height = std::max(row.height, lines * cell.style.leading + 2 * padding_);
      }
    }
}

double TableBlock::rows_height(std::size_t from, std::size_t to) const {
  double height = 0;
  for (std::size_t i = from; i < to; ++i) height += grid_->body[i].height;
  return height;
}

double TableBlock::head_height() const {
  double height = first_ == 0 ? grid_->caption_height : 0;
  for (const Row& row : grid_->header) height += row.height;
  return height;
}

double TableBlock::wrap(double width) {
  ensure_laid(width);
  double height = head_height() + rows_height(first_, last_);
  if (last_ == grid_->body.size()) height += grid_->note_height;
  return height;
}

double TableBlock::lead_height(double width) {
  ensure_laid(width);
  if (last_ - first_ <= 2) return wrap(width);
  return head_height() + rows_height(first_, first_ + 1);
}

double TableBlock::tail_height(double width) {
  ensure_laid(width);
  if (last_ - first_ <= 2) return wrap(width);
  // The last row and the note go; the header rows are drawn again above them.
  return wrap(width) - head_height() - rows_height(first_, last_ - 1);
}

std::vector<BlockPtr> TableBlock::split(double width, double height) {
  ensure_laid(width);
  double used = head_height();
  std::size_t fits = first_;
  while (fits < last_ && used + grid_->body[fits].height <= height + 1e-3) used += grid_->body[fits++].height;
  if (fits == first_ || fits == last_) return {};
  std::vector<BlockPtr> parts;
  for (auto [from, to] : {std::pair{first_, fits}, std::pair{fits, last_}}) {
    auto part = std::make_unique<TableBlock>(*this);
    part->first_ = from;
    part->last_ = to;
    parts.push_back(std::move(part));
  }
  return parts;
}

void TableBlock::draw_row(Canvas& canvas, const Row& row, double x, double y) const {
  const double width = std::accumulate(grid_->columns.begin(), grid_->columns.end(), 0.0);
  if (row.group) canvas.writer().fill_rect(canvas.page(), {x, y, width, row.height}, group_fill);
  for (const Cell& cell : row.cells) {
    double left = x, cell_width = 0;
    for (std::size_t c = 0; c < cell.column; ++c) left += grid_->columns[c];
    for (std::size_t c = cell.column; c < cell.column + cell.span && c < grid_->columns.size(); ++c)
      cell_width += grid_->columns[c];
    const double measure = std::max(cell_width - 2 * padding_, cell.style.size);
    const text::LineGeometry geometry{measure, 0, cell.style.size};
    const double block_height = static_cast<double>(cell.lines.size()) * cell.style.leading;
    double top = y + (row.height - block_height) / 2;
    for (const text::FittedLine& line : cell.lines) {
      const double baseline = top + (cell.style.leading - cell.style.size) / 2 + 0.88 * cell.style.size;
      const double free = measure - line.natural_width;
      double line_left = left + padding_;
      if (cell.style.align == TextAlign::right) line_left += free;
      if (cell.style.align == TextAlign::center) line_left += free / 2;
      LaidLine laid = cell.text->draw_line(canvas, line, geometry, line_left, baseline, false);
      laid.kind = row.header ? TextKind::table_header : TextKind::table_body;
      canvas.record(std::move(laid));
      top += cell.style.leading;
    }
  }
}

void TableBlock::draw(Canvas& canvas, pdf::Point top_left, double width) const {
  double y = top_left.y;
  if (caption_ && first_ == 0) {
    caption_->draw(canvas, {top_left.x, y}, width);
    y += grid_->caption_height;
  }
  const double table_width = std::accumulate(grid_->columns.begin(), grid_->columns.end(), 0.0);
  const double right = top_left.x + table_width;
  auto page = canvas.page();
  canvas.writer().draw_line(page, {top_left.x, y}, {right, y}, heavy_rule);
  for (const Row& row : grid_->header) {
    draw_row(canvas, row, top_left.x, y);
    y += row.height;
  }
  if (!grid_->header.empty()) canvas.writer().draw_line(page, {top_left.x, y}, {right, y}, light_rule);
  for (std::size_t i = first_; i < last_; ++i) {
    draw_row(canvas, grid_->body[i], top_left.x, y);
    y += grid_->body[i].height;
  }
  canvas.writer().draw_line(page, {top_left.x, y}, {right, y}, heavy_rule);
  if (note_ && last_ == grid_->body.size()) note_->draw(canvas, {top_left.x, y}, width);
}

}  // namespace cr::layout
