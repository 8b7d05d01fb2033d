#pragma once
// A campaign folder loaded as the tool loads it, with its diagnostics to look through by code;
// the manifest the loader tests start from.
#include <optional>
#include <string_view>
#include <vector>

#include "input/campaign_loader.hpp"
#include "temp_folder.hpp"

// campaign.toml of a campaign with one program, p1.
inline constexpr std::string_view one_program_manifest = R"([campaign]
id = "test"
title = "测试活动"
organization = "某县"
start = 2015-01-01
end = 2016-12-31

[[program]]
id = "p1"
name = "一号工程"
)";

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
