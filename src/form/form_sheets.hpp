#pragma once
// The three sheets of a fill-in form, each written by a file of its own, and the formats they share.
#include <cstddef>
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "form/form_plan.hpp"
#include "model/campaign.hpp"

namespace cr::form {

struct FormFormats {
  explicit FormFormats(lxw_workbook* workbook);
  lxw_format* title;   // 16 pt bold, centred across
  lxw_format* header;  // bold, shaded, bordered
  lxw_format* fixed;   // a locked bordered cell
  lxw_format* fixed_wrap;
  lxw_format* open;    // an unlocked, yellow, bordered cell: the township types here
  lxw_format* label;   // bold, no border
  lxw_format* prose;   // wrapped text of the instructions
};

// What one sheet writer needs.
struct FormContext {
  const model::Campaign& campaign;
  const FormPlan& plan;
  const model::OrgUnit& unit;
  lxw_workbook* workbook;
  const FormFormats& formats;
};

// The units the 填报单位 drop-down offers: the units that fill the form in, and the form's own unit
// when --unit chose one outside them (its name must stay a valid choice).
std::vector<const model::OrgUnit*> unit_choices(const FormContext& context);

// Each returns the first libxlsxwriter error, LXW_NO_ERROR if none.
lxw_error write_instruction_sheet(const FormContext& context, lxw_worksheet* sheet);
lxw_error write_form_sheet(const FormContext& context, lxw_worksheet* sheet);
lxw_error write_meta_sheet(const FormContext& context, lxw_worksheet* sheet);

// The 0-based rows of the form sheet: the unit line, the header, the first figure.
inline constexpr lxw_row_t unit_row = 1;
inline constexpr lxw_row_t header_row = 3;
inline constexpr lxw_row_t first_row = 4;

}  // namespace cr::form
