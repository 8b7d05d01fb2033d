#pragma once
// A campaign folder loaded as the tool loads it, with its diagnostics to look through by code.
#include <optional>
#include <string_view>
#include <vector>

#include "input/campaign_loader.hpp"
#include "temp_folder.hpp"

struct Loaded {
  std::optional<cr::model::Campaign> campaign;
  cr::diag::Diagnostics diagnostics;

  std::vector<cr::diag::Diagnostic> with(std::string_view code) const {
    std::vector<cr::diag::Diagnostic> out;
    for (const auto& d : diagnostics.sorted())
      if (d.code == code) out.push_back(d);
    return out;
  }
};

inline Loaded load(const TempFolder& folder) {
  Loaded loaded;
  loaded.campaign = cr::input::load_campaign(folder.path(), loaded.diagnostics);
  return loaded;
}
