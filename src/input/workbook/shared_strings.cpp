#include "input/workbook/shared_strings.hpp"

#include "input/workbook/cell_text.hpp"

namespace cr::input::workbook {

std::optional<std::string_view> SharedStrings::at(std::size_t index) const {
  if (index >= ends_.size()) return std::nullopt;
  const std::uint32_t begin = index == 0 ? 0 : ends_[index - 1];
  return std::string_view(text_).substr(begin, ends_[index] - begin);
}

void SharedStrings::start(std::string_view name, const char**) {
  if (name == "si") {
    in_item_ = true;
    item_.clear();
  } else if (name == "rPh") {
    ++phonetic_depth_;
  } else if (name == "t") {
    in_text_ = in_item_ && phonetic_depth_ == 0;
  }
}

void SharedStrings::end(std::string_view name) {
  if (name == "t") {
    in_text_ = false;
  } else if (name == "rPh") {
    --phonetic_depth_;
  } else if (name == "si" && in_item_) {
    // The part's size is bounded (limits.hpp), so the buffer never passes 4 GB.
    text_ += item_.find("_x") == std::string::npos ? item_ : unescape_ooxml(item_);
    ends_.push_back(static_cast<std::uint32_t>(text_.size()));
    in_item_ = false;
  }
}

void SharedStrings::text(std::string_view text) {
  if (in_text_) item_.append(text);
}

}  // namespace cr::input::workbook
