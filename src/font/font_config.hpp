#pragma once
// fonts.toml: for each role, the family chain to look for, licensed official faces first, then
// the free stand-ins Debian provides. The product's fonts/fonts.toml is read first; a campaign's
// own fonts/fonts.toml may then replace the chain of any role it names.
//
//   [roles.body]
//   licensed = ["仿宋_GB2312", "FangSong"]   # official faces an office may drop into fonts/
//   families = ["Noto Serif CJK SC"]         # free stand-ins, in order
//   style = "Regular"                        # the face within a family: Regular, Bold...
//   official = "仿宋"                         # what the licensed faces are, for notices
//
// A page style may set its own chain for a role, used in that style instead of [roles.X]:
//
//   [page_styles.gbt9704.roles.body]         # 公文: 仿宋 for the body
//   families = ["FandolFang", "Noto Serif CJK SC"]
//
// A campaign's fonts.toml that sets [roles.X] sets that role for every page style.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "font/role.hpp"

namespace cr::font {

struct FamilyChain {
  std::vector<std::string> licensed;  // official faces, looked for first
  std::vector<std::string> families;  // free stand-ins, after the licensed ones
  std::string style = "Regular";
  std::string official;    // e.g. "仿宋"; empty when the role has no official face
  std::string defined_in;  // the fonts.toml that set this chain, for messages

  // licensed then families: the order in which faces are tried, and the per-character fallback order.
  std::vector<std::string> all() const;
};

struct FontConfig {
  std::map<Role, FamilyChain> roles;
  // The chains page styles set in place of those of `roles`, by page style name.
  std::map<std::string, std::map<Role, FamilyChain>, std::less<>> page_styles;

  const FamilyChain& chain(Role role) const;
  // The chains page style `name` sets in: its own where it has one, else those of `roles`.
  FontConfig for_style(std::string_view name) const;
};

// Reads `file` into `config`, replacing the chains of the roles it names. A missing file is not
// an error when `optional`; a malformed one is a diagnostic with its line and column.
bool read_font_config(const std::filesystem::path& file, const std::string& shown_name, bool optional,
                      FontConfig& config, diag::Diagnostics& diagnostics);

}  // namespace cr::font
