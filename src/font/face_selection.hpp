#pragma once
// Which face of the catalogue a family name and a style mean. Pure logic over FaceEntry values,
// so the rules are tested without installed fonts:
// - a face whose declared family equals the name (case-insensitive) wins over a face whose
//   family only begins with it ("Noto Serif CJK" -> the "Noto Serif CJK SC/JP/..." faces);
// - among a collection's faces, the simplified-Chinese one (SC, CN, zh-cn), never blindly face 0;
// - the requested style, else a regular face, else any style;
// - earlier origin first (campaign fonts/, product fonts/, system), then file and index.
#include <optional>
#include <string_view>
#include <vector>

#include "font/catalogue.hpp"

namespace cr::font {

// True when the face declares `family` as one of its names (case-insensitive): no face of a
// later origin can then be chosen for that family instead of it.
bool declares_family(const FaceEntry& face, std::string_view family);

// Index into `catalogue` of the best face for `family` in `style`, or nullopt when none matches.
std::optional<std::size_t> select_face(const std::vector<FaceEntry>& catalogue, std::string_view family,
                                       std::string_view style);

}  // namespace cr::font
