#include "cli/form_campaign.hpp"

#include "cli/exit_code.hpp"
#include "cli/reporting.hpp"
#include "input/campaign_loader.hpp"

namespace cr::cli {

std::optional<FormCampaign> load_form_campaign(const CommonOptions& options, const std::string& folder,
                                               diag::Diagnostics& diagnostics, int& exit_code) {
  std::optional<model::Campaign> campaign = input::load_campaign(folder, diagnostics);
  std::optional<form::FormPlan> plan;
  if (campaign && !diagnostics.failed(options.strict)) plan = form::plan_form(*campaign, diagnostics);
  if (!plan || diagnostics.failed(options.strict)) {
    const int code = finish(options, diagnostics);
    exit_code = code == exit_done ? exit_data_error : code;  // no campaign at all is a data error too
    return std::nullopt;
  }
  return FormCampaign{std::move(*campaign), std::move(*plan)};
}

}  // namespace cr::cli
