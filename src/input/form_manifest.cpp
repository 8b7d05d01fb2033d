#include "input/form_manifest.hpp"

#include "input/manifest_table.hpp"

namespace cr::input {

void read_form_settings(const toml::table& root, model::FormSettings& form, diag::Diagnostics& diagnostics) {
  const toml::node* node = root.get("form");
  if (node == nullptr) return;
  if (!node->is_table()) {
    report_wrong_type(*node, "form", "table", diagnostics);
    return;
  }
  form.line = line_of(*node);
  TableReader t(*node->as_table(), "form", diagnostics);
  if (auto v = t.string_list("indicators")) form.indicators = *v;
  if (auto v = t.string_list("periods")) form.periods = *v;
  if (auto v = t.string("level")) form.level = *v;
  t.warn_unknown({"indicators", "periods", "level"});
}

}  // namespace cr::input
