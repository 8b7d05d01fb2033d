#pragma once
// Reads a campaign folder (campaign.toml, the CSV tables, narrative/) into the model,
// reporting every problem of the data set into `diagnostics` (all of them, in one run).
#include <filesystem>
#include <optional>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::input {

// nullopt only when the campaign cannot be built at all (no folder, no readable manifest);
// otherwise a campaign with the rows that could be read, and diagnostics for the rest.
// Callers decide by diagnostics.failed(strict) whether to go on.
std::optional<model::Campaign> load_campaign(const std::filesystem::path& folder,
                                             diag::Diagnostics& diagnostics);

}  // namespace cr::input
