#pragma once
// What `form` and `collect` both start from: the campaign, read without errors, and its form plan.
#include <optional>
#include <string>

#include "cli/options.hpp"
#include "diag/diagnostic.hpp"
#include "form/form_plan.hpp"
#include "model/campaign.hpp"

namespace cr::cli {

struct FormCampaign {
  model::Campaign campaign;
  form::FormPlan plan;
};

// The campaign of `folder` and its plan; nullopt when the data or [form] fails the run, after the
// diagnostics are printed and `exit_code` set (a data error).
std::optional<FormCampaign> load_form_campaign(const CommonOptions& options, const std::string& folder,
                                               diag::Diagnostics& diagnostics, int& exit_code);

}  // namespace cr::cli
