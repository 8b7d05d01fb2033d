#pragma once
// The shared-strings part of an .xlsx: every distinct text of the workbook, cells refer to them
// by index. Held compactly (one buffer, 4 bytes a string), as it stays in memory while a sheet of
// a million rows is read.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/workbook/xml_stream.hpp"

namespace cr::input::workbook {

class SharedStrings final : public XmlHandler {
 public:
  std::size_t size() const { return ends_.size(); }
  // Room for `bytes` of text, so that the buffer does not grow by doubling (a doubling copy of a
  // large table would hold it twice in memory).
  void reserve(std::size_t bytes) { text_.reserve(bytes); }
  // String `index`, or nullopt past the end.
  std::optional<std::string_view> at(std::size_t index) const;

  // Reading the part: <si> holds <t>, or runs <r><t>; phonetic guides <rPh> are not the text.
  void start(std::string_view name, const char** attributes) override;
  void end(std::string_view name) override;
  void text(std::string_view text) override;

 private:
  std::string text_;
  std::vector<std::uint32_t> ends_;
  std::string item_;
  int phonetic_depth_ = 0;
  bool in_item_ = false, in_text_ = false;
};

}  // namespace cr::input::workbook
