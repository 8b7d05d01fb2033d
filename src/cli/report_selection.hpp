#pragma once
// Which report `build` (and `validate`) makes of a campaign: --template NAME over [report]
// template, --year YYYY over [report] year, --previous DIR over [compare] previous. Kept apart
// from the output options: they choose what the report says, not where it goes.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace CLI {
class App;
}

namespace cr::cli {

struct ReportSelection {
  std::string template_name;  // --template; empty: [report] template
  int year = 0;               // --year; 0: [report] year
  std::string previous;       // --previous, relative to the working folder; empty: [compare] previous
};

void add_selection_options(CLI::App& command, ReportSelection& selection);

// The campaign with the selection applied: the overrides set, and last year's campaign (if one
// is named) added as the base of its comparisons. nullopt when the campaign cannot be read.
std::optional<model::Campaign> load_selected_campaign(const std::string& folder,
                                                      const ReportSelection& selection,
                                                      diag::Diagnostics& diagnostics);

}  // namespace cr::cli
