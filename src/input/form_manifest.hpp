#pragma once
// [form] of campaign.toml: which indicators and periods the fill-in form asks, and which level of
// units fills it in. Only the types are checked here; whether the indicators exist and the periods
// read is checked where the form is made (form/form_plan), once the tables are read.
#include <toml++/toml.h>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::input {

void read_form_settings(const toml::table& root, model::FormSettings& form, diag::Diagnostics& diagnostics);

}  // namespace cr::input
