#pragma once
// Campaign + statistics + template -> Document. The builder walks the template's sections,
// fills its text and the narrative files' placeholders from the statistics, numbers the
// headings by their place, and adds the generated tables and charts. Every problem (a missing
// narrative file, a placeholder that cannot be filled) goes into `diagnostics` with its file,
// line and column; the Document is still built, so one run reports everything.
//
//   auto doc = cr::report::build_report(resources, campaign, diagnostics);
//   if (doc && !diagnostics.failed(strict)) render(*doc);
#include <filesystem>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "report/document.hpp"
#include "report/template.hpp"
#include "stats/statistics.hpp"

namespace cr::report {

// The template name a campaign asks for: [report] template, else "case".
std::string template_name(const model::Campaign& campaign);
// The Document of `tmpl` for the statistics' campaign; problems go into `diagnostics`.
Document build_document(const stats::Statistics& stats, const Template& tmpl, diag::Diagnostics& diagnostics);
// The Document of the template the campaign asks for, from `resources`/templates, with the
// campaign's statistics; nullopt when that template cannot be loaded (reported).
std::optional<Document> build_report(const std::filesystem::path& resources, const model::Campaign& campaign,
                                     diag::Diagnostics& diagnostics);

}  // namespace cr::report
