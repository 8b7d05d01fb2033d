#pragma once
// Faces of the fonts Debian installs for the product (scripts/setup), found through fontconfig.
#include <string>

#include "font/catalogue.hpp"
#include "font/face_selection.hpp"
#include "font/role_fonts.hpp"

namespace cr::font::testing {

inline const std::vector<FaceEntry>& system_catalogue() {
  static const std::vector<FaceEntry> catalogue = build_catalogue({}, true);
  return catalogue;
}

inline FacePtr system_face(const std::string& family, const std::string& style = "Regular") {
  auto found = select_face(system_catalogue(), family, style);
  if (!found) return nullptr;
  const auto& e = system_catalogue()[*found];
  return Face::open(e.file, e.index, e.origin);
}

inline RoleFonts role_of(std::vector<FacePtr> faces, Role role = Role::body) {
  RoleFonts fonts;
  fonts.role = role;
  fonts.faces = std::move(faces);
  return fonts;
}

}  // namespace cr::font::testing
