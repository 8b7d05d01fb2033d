// campaign.toml as the loader reads it: the size and depth guards, the TOML parser, and every
// key's checks.
#include <cstddef>
#include <cstdint>

#include "input/manifest.hpp"
#include "memory_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cr::fuzz::MemoryFile file(data, size);
  if (!file.ok()) return 0;
  cr::diag::Diagnostics diagnostics;
  cr::model::Campaign campaign;
  cr::input::load_manifest(file.path(), campaign, diagnostics);
  std::size_t seen = campaign.title.size() + campaign.programs.size();
  for (const auto& d : diagnostics.sorted()) seen += cr::diag::format_json(d, cr::diag::Language::en).size();
  return seen == static_cast<std::size_t>(-1);
}
