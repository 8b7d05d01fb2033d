#pragma once
// What the fill-in form asks: one row per indicator and period of [form], the units that fill it
// in, and the campaign fingerprint that a returned form must carry. `form` writes the plan into
// workbooks; `collect` reads the returns back against the same plan.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::form {

struct FormRow {
  std::size_t indicator = 0;  // index into Campaign::indicators
  model::Period period;
  std::string period_text;    // as [form] wrote it; empty: the whole campaign
  // The hidden id that ties the row back to the campaign: "qingyun@2023-11", "touru@".
  std::string id;
};

struct FormPlan {
  std::vector<FormRow> rows;
  std::vector<std::size_t> respondents;  // indices into Campaign::units, in table order
  std::string fingerprint;               // 16 hex digits
};

// The plan of the campaign's [form]; nullopt, with diagnostics at campaign.toml, when [form]
// names an unknown indicator, a period that does not read, or a level no unit has, or when the
// campaign has no units to fill a form in.
std::optional<FormPlan> plan_form(const model::Campaign& campaign, diag::Diagnostics& diagnostics);

// The row id of indicator `indicator_id` over `period`: "<id>@<canonical period>".
std::string row_id(const std::string& indicator_id, const model::Period& period);

// The fingerprint of what a form asks: the campaign id and dates and each row's indicator, unit
// of measure and period. It changes when a change to the campaign would make old forms wrong,
// and not when records are added.
std::string fingerprint(const model::Campaign& campaign, const std::vector<FormRow>& rows);

}  // namespace cr::form
