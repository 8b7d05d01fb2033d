#include "font/face_selection.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <tuple>

namespace cr::font {
namespace {

bool equal_folded(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// 0: the face declares `family`; 1: a declared family begins with "family "; 2: no match.
int family_rank(const FaceEntry& e, std::string_view family) {
  int rank = 2;
  for (const auto& name : e.families) {
    if (equal_folded(name, family)) return 0;
    if (name.size() > family.size() && name[family.size()] == ' ' &&
        equal_folded(std::string_view(name).substr(0, family.size()), family))
      rank = 1;
  }
  return rank;
}

bool is_regular_word(std::string_view style) {
  for (std::string_view word : {"Regular", "Book", "Normal", "Roman", "Medium"})
    if (equal_folded(style, word)) return true;
  return false;
}

// 0: the face's own style is the one asked for; 1: one of its other names is ("Light" faces
// also call themselves "Regular"); 2: a regular face (a missing bold is set in the regular);
// 3: another.
int style_rank(const FaceEntry& e, std::string_view style) {
  auto same = [&](std::string_view s) {
    return equal_folded(s, style) || (is_regular_word(style) && is_regular_word(s));
  };
  if (!e.styles.empty() && same(e.styles.front())) return 0;
  if (std::any_of(e.styles.begin(), e.styles.end(), same)) return 1;
  if (std::any_of(e.styles.begin(), e.styles.end(), is_regular_word)) return 2;
  return 3;
}

// How far the face's weight is from the style's (fontconfig: 80 regular, 200 bold).
int weight_distance(const FaceEntry& e, std::string_view style) {
  int wanted = equal_folded(style, "Bold") ? 200 : 80;
  return std::abs(e.weight - wanted);
}

}  // namespace

bool declares_family(const FaceEntry& face, std::string_view family) {
  return family_rank(face, family) == 0;
}

std::optional<std::size_t> select_face(const std::vector<FaceEntry>& catalogue, std::string_view family,
                                       std::string_view style) {
  std::optional<std::size_t> best;
  auto key = [&](const FaceEntry& e) {
    return std::make_tuple(family_rank(e, family), static_cast<int>(e.origin), e.simplified_chinese ? 0 : 1,
                           style_rank(e, style), weight_distance(e, style), e.file.string(), e.index);
  };
  for (std::size_t i = 0; i < catalogue.size(); ++i) {
    if (family_rank(catalogue[i], family) == 2) continue;
    if (!best || key(catalogue[i]) < key(catalogue[*best])) best = i;
  }
  return best;
}

}  // namespace cr::font
