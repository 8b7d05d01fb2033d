#pragma once
// Writes the workbook one unit fills in: an instruction sheet in Chinese, the form (a row per
// indicator and period, only the value, qualifier and note cells and the unit open for typing,
// each checked by data validation), and a hidden sheet tying the form to the campaign.
#include <cstdint>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "form/form_plan.hpp"
#include "model/campaign.hpp"

namespace cr::form {

struct FormSettings {
  std::optional<std::int64_t> source_date_epoch;  // the workbook's only time stamp
};

// Writes the form of `unit` (an index into campaign.units) to `library_path`; false, with a
// diagnostic, when libxlsxwriter could not write it.
bool write_form(const model::Campaign& campaign, const FormPlan& plan, std::size_t unit,
                const std::string& library_path, const FormSettings& settings, diag::Diagnostics& diagnostics);

// The cell text a form shows for a period: as [form] wrote it, or 整个活动期间 for the whole campaign.
std::string period_label(const FormRow& row);

}  // namespace cr::form
