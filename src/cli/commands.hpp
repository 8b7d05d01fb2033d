#pragma once
// The commands of campaign-report, one file each. A command that uses the environment
// (SOURCE_DATE_EPOCH, the resources, the clock) is handed it, read once (environment.hpp).
#include <string>
#include <vector>

#include "cli/environment.hpp"
#include "cli/options.hpp"
#include "cli/report_selection.hpp"

namespace cr::cli {

int run_validate(const CommonOptions& options, const Environment& environment, const std::string& folder,
                 const ReportSelection& selection);
int run_summary(const CommonOptions& options, const std::string& folder);

struct FontsOptions {
  std::string folder;
  std::string specimen;  // --specimen FILE.pdf; empty: no specimen
};
int run_fonts(const CommonOptions& options, const Environment& environment, const FontsOptions& fonts);

struct BuildOptions {
  std::string folder;
  std::string output_dir = "out";
  std::vector<std::string> formats;  // "pdf", "xlsx"; empty: both
  std::string style;                 // "case" | "gbt9704"; empty: [report] style, else case
  bool allow_missing_glyphs = false; // draw 〓 for a character no font covers, with a warning
  ReportSelection selection;         // --template, --year, --previous
  // A report per unit (per_unit_build.cpp):
  bool per_unit = false;
  std::string unit_type;             // --unit-type: units of this type; empty: the roots' children
  std::vector<std::string> units;    // --units ID,...
  bool no_overall = false;           // --no-overall: no campaign-wide report beside the units'
  unsigned jobs = 0;                 // --jobs N; 0: the number of cores
  std::string shard;                 // --shard i/N; empty: all the units
  // Any build:
  double wait_seconds = 0;           // --wait: how long to wait for another run's lock
  bool if_changed = false;           // --if-changed: skip reports whose inputs are unchanged
  // Submission (docs/submission.md):
  std::string pdfa;                  // --pdfa 1b|2b|3b; empty: [report] pdfa, else a plain PDF
  bool no_attach = false;            // --no-attach: no source files in a PDF/A-3b
  std::string sign_key, sign_cert;   // --sign KEY.pem --cert CERT.pem: sign each PDF
  std::string sign_chain;            // --chain CHAIN.pem: the issuers, carried in the signature
  std::string key_pass_file;         // --key-pass-file F: the key's password, on F's first line
  bool sign_visible = false;         // --sign-visible: a box with the signer and time by the 落款
};
int run_build(const CommonOptions& options, const Environment& environment, const BuildOptions& build);

// `manifest OUTDIR`: merges the shards' manifests into OUTDIR/manifest.json.
int run_manifest(const CommonOptions& options, const std::string& folder);

struct FormOptions {
  std::string folder;
  std::string output;  // FORM.xlsx with --unit; else the folder the forms go into
  std::string unit;    // --unit ID; empty: one form per unit that fills it in
};
int run_form(const CommonOptions& options, const Environment& environment, const FormOptions& request);

struct CollectOptions {
  std::string folder;
  std::vector<std::string> forms;  // the filled-in forms, as given
};
int run_collect(const CommonOptions& options, const CollectOptions& request);

struct InitOptions {
  std::string folder;
  std::string template_name = "year-end";
  int year = 0;  // 0: SOURCE_DATE_EPOCH's year, else this year
};
int run_init(const CommonOptions& options, const Environment& environment, const InitOptions& init);

}  // namespace cr::cli
