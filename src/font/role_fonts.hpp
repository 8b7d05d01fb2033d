#pragma once
// Resolution of every role's family chain to faces: the chain's families found in the campaign's
// fonts/, the product's fonts/ and the system, in chain order. The first face sets the text; the
// others supply characters the first lacks (per-character fallback).
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "font/catalogue.hpp"
#include "font/face.hpp"
#include "font/font_config.hpp"
#include "font/role.hpp"

namespace cr::font {

struct RoleFonts {
  Role role = Role::body;
  std::vector<FacePtr> faces;                 // in chain order; empty when nothing was found
  std::vector<std::string> families;          // the family name each face was found under
  std::vector<std::string> missing_families;  // chain families found nowhere
  bool official_face = false;                 // the first face is one of the licensed families
  std::string official;                       // the official face the chain stands in for

  // Index of the first face that covers `cp`, or faces.size() when none does.
  std::size_t face_for(char32_t cp) const;
};

class FontSet {
 public:
  // The face for each role. Reports "font-not-found" (an error) for a role none of whose
  // families exists, naming the chain and the fonts.toml that defines it.
  static FontSet resolve(const FontConfig& config, const std::vector<FaceEntry>& catalogue,
                         diag::Diagnostics& diagnostics);

  const RoleFonts& role(Role r) const { return roles_.at(r); }
  const std::map<Role, RoleFonts>& roles() const { return roles_; }

 private:
  std::map<Role, RoleFonts> roles_;
};

// Folders to search, in precedence order: <campaign>/fonts, then <resources>/fonts.
std::vector<FontFolder> font_folders(const std::filesystem::path& campaign_folder,
                                     const std::filesystem::path& resources_folder);

// The faces `config` may be resolved against: those of `folders`, then the system's. The
// system's are listed (fontconfig reads its configuration and caches, a few milliseconds) only
// when some family of a chain is not declared by a folder face: a system face is never chosen
// over a folder face that declares the family, so the result is the same either way.
std::vector<FaceEntry> catalogue_for(const FontConfig& config, const std::vector<FontFolder>& folders,
                                     diag::Diagnostics* diagnostics = nullptr);

// The product's fonts.toml, then the campaign's fonts/fonts.toml over it.
FontConfig load_font_config(const std::filesystem::path& campaign_folder,
                            const std::filesystem::path& resources_folder, diag::Diagnostics& diagnostics);

// The usual way in, all of the above: the fonts.toml chains resolved against the campaign's
// fonts/, the product's fonts/ and the system's fonts.
//   auto fonts = font::resolve_fonts(campaign.folder, resources, diagnostics);
//   auto shaped = font::shape(fonts.role(font::Role::body), text, {16});
FontSet resolve_fonts(const std::filesystem::path& campaign_folder,
                      const std::filesystem::path& resources_folder, diag::Diagnostics& diagnostics);

}  // namespace cr::font
