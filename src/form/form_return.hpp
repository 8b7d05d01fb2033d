#pragma once
// A filled-in form read back: which unit it is for, and the figures typed into it. Every cell
// that cannot be taken is reported by workbook, sheet and cell with the codes of records.csv
// (bad-number, bad-qualifier...), and a form of another campaign, an outdated form or a form
// filled in under another unit's name is refused as a whole.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "form/form_plan.hpp"
#include "model/campaign.hpp"

namespace cr::form {

struct ReturnedFigure {
  std::size_t row = 0;  // index into FormPlan::rows
  std::string value, qualifier, note;  // as typed (the value as a CSV export holds it)
};

struct FormReturn {
  std::string file;      // as given, for messages
  std::size_t unit = 0;  // index into Campaign::units
  std::vector<ReturnedFigure> figures;
  std::size_t blank = 0;  // rows left empty (not collected)
};

// Reads the form at `path`, named `file` in diagnostics. nullopt when it is refused or any of its
// cells is in error (the reasons are reported): a form is taken whole or not at all.
std::optional<FormReturn> read_return(const std::filesystem::path& path, const std::string& file,
                                      const model::Campaign& campaign, const FormPlan& plan,
                                      diag::Diagnostics& diagnostics);

}  // namespace cr::form
