#pragma once
// A report template: which sections a report has, in which order, with which headings, and
// where their text comes from (a narrative file, a program's file, generated tables and
// charts, fixed lines). Templates live in templates/NAME.toml (templates/README.md describes
// the format); `[report] template` in campaign.toml picks one, "case" by default.
// Template text may hold placeholders ({{campaign.title}}, {{program.name}}).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/source_position.hpp"
#include "report/document.hpp"

namespace cr::report {

struct TemplateText {  // a string of the template with the place it was written
  std::string text;
  model::SourcePosition at;  // of the first character inside the quotes
};

// Generated tables: none, the general profile's indicators, one program's indicators, or the
// units' figures (分单位, e.g. in an 附件 section).
enum class TableKind { none, profile, program, units };

// One subsection per program of campaign.toml, in its order.
struct ProgramPart {
  TemplateText heading;  // e.g. {{program.name}}
  Numbering numbering = Numbering::arabic_dunhao;
  TemplateText narrative;  // narrative section name, e.g. program-{{program.id}}
  bool optional = false;   // a missing narrative file is no error
  bool table = false;      // the program's indicators as a table
  bool chart = false;      // their figures by year as column charts
};

struct TemplateLine {  // a fixed paragraph, e.g. the source and editors line
  TemplateText text;
  Paragraph::Role role = Paragraph::Role::source;
  std::string when;  // a field that must be filled for the line to appear (campaign.source)
};

struct TemplateSection {
  std::string id;
  std::optional<TemplateText> heading;  // none: the section has no heading (front, closing)
  Numbering numbering = Numbering::none;
  std::string narrative;  // narrative section name; empty: none
  std::string hint;       // what the narrative should say: `init` writes it into the new file
  // A missing narrative file is no error; a section that then has nothing to show (no table,
  // programs or lines) is left out whole, heading included.
  bool optional = false;
  Paragraph::Role role = Paragraph::Role::body;  // role of the narrative's paragraphs
  bool title_block = false;                      // starts with the template's title block
  TableKind table = TableKind::none;
  std::optional<ProgramPart> programs;
  std::vector<TemplateLine> lines;  // after the narrative and the programs
  bool signature = false;           // ends with 落款: organisation and date
};

struct Template {
  std::string id;       // "case", "year-end"
  std::string file;     // for diagnostics: templates/case.toml
  std::string subject;  // 典型案例
  TemplateText title;
  std::optional<TemplateText> subtitle;
  std::vector<TemplateText> title_lines;  // under the title: organisation, date
  std::vector<std::string> keywords;
  // figures = "year": a year-end report. Figures are the report year's (--year, [report] year),
  // tables set it beside the year before, and comparisons are with that year (stats/report_year).
  bool year_figures = false;
  std::vector<TemplateSection> sections;
};

// Parses a template's TOML text. `file` names it in diagnostics. Syntax errors, missing or
// mistyped keys and unknown values are errors at their line and column; unknown keys are warnings.
std::optional<Template> parse_template(std::string_view toml_text, const std::string& file,
                                       diag::Diagnostics& diagnostics);

// Loads templates/NAME.toml under `resources`. A name that is not [a-z0-9-]+ or names no
// file is an error at campaign.toml (where [report] template chose it).
std::optional<Template> load_template(const std::filesystem::path& resources, const std::string& name,
                                      diag::Diagnostics& diagnostics);

}  // namespace cr::report
