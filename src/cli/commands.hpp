#pragma once
// The commands of campaign-report, one file each.
#include <string>
#include <vector>

#include "cli/options.hpp"

namespace cr::cli {

int run_validate(const CommonOptions& options, const std::string& folder);
int run_summary(const CommonOptions& options, const std::string& folder);

struct FontsOptions {
  std::string folder;
  std::string specimen;  // --specimen FILE.pdf; empty: no specimen
};
int run_fonts(const CommonOptions& options, const FontsOptions& fonts);

struct BuildOptions {
  std::string folder;
  std::string output_dir = "out";
  std::vector<std::string> formats;  // "pdf", "xlsx"; empty: both
  std::string style;                 // "case" | "gbt9704"; empty: [report] style, else case
  bool allow_missing_glyphs = false; // draw 〓 for a character no font covers, with a warning
};
int run_build(const CommonOptions& options, const BuildOptions& build);

struct FormOptions {
  std::string folder;
  std::string output;  // FORM.xlsx with --unit; else the folder the forms go into
  std::string unit;    // --unit ID; empty: one form per unit that fills it in
};
int run_form(const CommonOptions& options, const FormOptions& request);

struct CollectOptions {
  std::string folder;
  std::vector<std::string> forms;  // the filled-in forms, as given
};
int run_collect(const CommonOptions& options, const CollectOptions& request);

}  // namespace cr::cli
