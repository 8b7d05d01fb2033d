#include "input/workbook/merged_cells.hpp"

#include <algorithm>

#include "input/workbook/cell_reference.hpp"
#include "input/workbook/limits.hpp"

namespace cr::input::workbook {
namespace {

constexpr std::string_view tag = "mergeCell";
constexpr std::size_t longest_element = 256;  // <x:mergeCell ref="XFD1048576:XFD1048576"/> and spaces

// The value of ref="..." (or '...') inside `element`.
std::string_view ref_of(std::string_view element) {
  for (std::size_t at = element.find("ref"); at != std::string_view::npos; at = element.find("ref", at + 3)) {
    std::size_t i = at + 3;
    while (i < element.size() && (element[i] == ' ' || element[i] == '\t' || element[i] == '\n' || element[i] == '\r')) ++i;
    if (i >= element.size() || element[i] != '=') continue;
    ++i;
    while (i < element.size() && (element[i] == ' ' || element[i] == '\t' || element[i] == '\n' || element[i] == '\r')) ++i;
    if (i >= element.size() || (element[i] != '"' && element[i] != '\'')) continue;
    const auto close = element.find(element[i], i + 1);
    if (close == std::string_view::npos) return {};
    return element.substr(i + 1, close - i - 1);
  }
  return {};
}

}  // namespace

void MergeScan::feed(std::string_view piece) {
  std::string joined;
  if (!carry_.empty()) {
    joined = carry_ + std::string(piece);
    piece = joined;
    carry_.clear();
  }
  std::size_t from = 0;
  for (std::size_t at = piece.find(tag); at != std::string_view::npos; at = piece.find(tag, from)) {
    from = at + tag.size();
    // An element <mergeCell or <x:mergeCell, not <mergeCells nor text that mentions the word.
    if (at == 0 || (piece[at - 1] != '<' && piece[at - 1] != ':')) continue;
    if (from < piece.size() && piece[from] == 's') continue;
    const auto close = piece.find('>', from);
    if (close == std::string_view::npos) {
      if (piece.size() - at < longest_element) carry_ = std::string(piece.substr(at - 1));
      return;
    }
    take(piece.substr(from, close - from));
    from = close + 1;
  }
  // Keep the tail, which may hold the start of the word.
  const std::size_t keep = std::min(piece.size() - std::min(from, piece.size()), tag.size() + 2);
  carry_ = std::string(piece.substr(piece.size() - keep));
}

void MergeScan::take(std::string_view element) {
  CellReference first, last;
  if (!parse_range(ref_of(element), first, last) || first.row == 0 || first.row == last.row) return;
  if (first.column > limits::read_columns) return;
  if (ranges_.size() >= limits::merged_ranges) {
    overflow_ = true;
    return;
  }
  ranges_.push_back({first.row, last.row, first.column});
}

std::vector<MergedRange> MergeScan::ranges() const {
  std::vector<MergedRange> out = ranges_;
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first_row < b.first_row; });
  return out;
}

void FillDown::apply(SheetRow& row) {
  for (auto it = active_.begin(); it != active_.end();)
    it = it->second.last_row < row.number ? active_.erase(it) : std::next(it);
  // Ranges starting here take this row's value; ranges whose first row held nothing start empty.
  for (; next_ < ranges_.size() && ranges_[next_].first_row <= row.number; ++next_) {
    const MergedRange& r = ranges_[next_];
    if (r.last_row < row.number) continue;
    const auto index = static_cast<std::size_t>(r.column - 1);
    std::string value = r.first_row == row.number && index < row.cells.size() ? row.cells[index] : std::string();
    active_[r.column] = {r.last_row, std::move(value)};
  }
  for (const auto& [column, range] : active_) {
    const auto index = static_cast<std::size_t>(column - 1);
    if (range.value.empty()) continue;
    if (index >= row.cells.size()) row.cells.resize(index + 1);
    if (row.cells[index].empty()) row.cells[index] = range.value;
  }
}

}  // namespace cr::input::workbook
