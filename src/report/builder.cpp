#include "report/builder.hpp"

#include <set>

#include "report/figure_tables.hpp"
#include "report/narrative.hpp"
#include "report/placeholder_engine.hpp"
#include "text/date_wording.hpp"

namespace cr::report {
namespace {

class Builder {
 public:
  Builder(const stats::Statistics& stats, const Template& tmpl, diag::Diagnostics& d)
      : stats_(stats), campaign_(stats.campaign()), tmpl_(tmpl), d_(d), engine_(stats) {
    engine_.set_field("report.year", std::to_string(campaign_.report.year.value_or(campaign_.end.year)));
  }

  Document build() {
    Document doc;
    doc.template_id = tmpl_.id;
    doc.metadata = metadata();
    for (const TemplateSection& s : tmpl_.sections) doc.sections.push_back(section(s));
    warn_unused();
    return doc;
  }

 private:
  // Template text with its placeholders filled, as plain text or as runs.
  std::vector<Run> runs(const TemplateText& t, const PlaceholderEngine& engine) {
    return parse_inline(t.text, t.at, d_, engine.resolver(d_));
  }
  std::string plain(const TemplateText& t, const PlaceholderEngine& engine) {
    std::string out;
    for (const Run& r : runs(t, engine)) out += r.text;
    return out;
  }

  model::Date report_date() const { return campaign_.published.value_or(campaign_.end); }

  Metadata metadata() {
    Metadata m;
    m.title = plain(tmpl_.title, engine_);
    m.subject = tmpl_.subject;
    m.organization = keep_value_spaces(campaign_.organization);  // as the text shows it
    m.date = report_date();
    m.date_text = text::word_date(report_date());
    m.source = campaign_.source;
    m.editors = campaign_.editors;
    m.keywords = tmpl_.keywords;
    m.names = {m.organization, campaign_.short_name, campaign_.region};
    for (const model::OrgUnit& unit : campaign_.units) m.names.push_back(unit.name);
    for (const model::Program& program : campaign_.programs) m.names.push_back(program.name);
    return m;
  }

  TitleBlock title_block() {
    TitleBlock t{plain(tmpl_.title, engine_), tmpl_.subtitle ? plain(*tmpl_.subtitle, engine_) : "", {}};
    for (const TemplateText& line : tmpl_.title_lines) t.lines.push_back(plain(line, engine_));
    return t;
  }

  // A narrative file the template has no place for would silently vanish from the report.
  void warn_unused() {
    for (const auto& [name, n] : campaign_.narratives) {
      if (used_.count(name)) continue;
      d_.warning(n.file, 0, 0, "unused-narrative",
                 "报告模板“" + tmpl_.id + "”没有使用 " + n.file + "，其内容不会出现在报告中",
                 "the report template \"" + tmpl_.id + "\" does not use " + n.file +
                     ": its text is not in the report");
    }
  }

  // The narrative section's paragraphs and lists, or an error when a required file is missing.
  void narrative(const std::string& name, bool optional, Paragraph::Role role,
                 const PlaceholderEngine& engine, std::vector<Block>& out) {
    used_.insert(name);
    const model::Narrative* n = campaign_.find_narrative(name);
    if (!n) {
      if (!optional)
        d_.error("narrative/" + name + ".md", 0, 0, "missing-narrative",
                 "缺少叙述文件 narrative/" + name + ".md，报告模板“" + tmpl_.id + "”需要它",
                 "narrative/" + name + ".md is missing; the report template \"" + tmpl_.id + "\" needs it");
      return;
    }
    for (Block& block : parse_narrative(n->text, n->file, d_, engine.resolver(d_))) {
      if (auto* p = std::get_if<Paragraph>(&block)) p->role = role;
      out.push_back(std::move(block));
    }
  }

  void figures(const model::Program* program, bool table, bool chart, std::vector<Block>& out) {
    if (table) {
      Table t = indicator_table(stats_, program);
      if (!t.body_rows.empty()) {
        t.title = "表" + std::to_string(++tables_) + "　" + t.title;
        out.emplace_back(std::move(t));
      }
    }
    if (chart)
      for (Chart& c : indicator_charts(stats_, program)) {
        c.title = "图" + std::to_string(++charts_) + "　" + c.title;
        out.emplace_back(std::move(c));
      }
  }

  void programs(const ProgramPart& part, int level, std::vector<Block>& out) {
    int ordinal = 0;
    for (const model::Program& program : campaign_.programs) {
      PlaceholderEngine engine = engine_;
      engine.set_field("program.id", program.id);
      engine.set_field("program.name", program.name);
      engine.set_field("program.summary", program.summary);
      out.emplace_back(
          Heading{level, plain(part.heading, engine), part.numbering, ++ordinal, "program-" + program.id});
      narrative(plain(part.narrative, engine), part.optional, Paragraph::Role::body, engine, out);
      figures(&program, part.table, part.chart, out);
    }
  }

  Section section(const TemplateSection& s) {
    Section out{s.id, {}};
    if (s.title_block) out.blocks.emplace_back(title_block());
    if (s.heading)
      out.blocks.emplace_back(Heading{1, plain(*s.heading, engine_), s.numbering, ++level_one_, s.id});
    if (!s.narrative.empty()) narrative(s.narrative, s.optional, s.role, engine_, out.blocks);
    figures(nullptr, s.table == TableKind::profile, false, out.blocks);
    if (s.programs) programs(*s.programs, s.heading ? 2 : 1, out.blocks);
    for (const TemplateLine& line : s.lines) {
      if (!line.when.empty() && !engine_.has_value(line.when)) continue;
      out.blocks.emplace_back(Paragraph{runs(line.text, engine_), line.role, line.text.at});
    }
    if (s.signature)
      out.blocks.emplace_back(Signature{campaign_.organization, text::word_date(report_date())});
    return out;
  }

  const stats::Statistics& stats_;
  const model::Campaign& campaign_;
  const Template& tmpl_;
  diag::Diagnostics& d_;
  PlaceholderEngine engine_;
  int level_one_ = 0, tables_ = 0, charts_ = 0;
  std::set<std::string> used_;  // narrative sections the template asked for
};

}  // namespace

std::string template_name(const model::Campaign& campaign) {
  return campaign.report.template_name.empty() ? "case" : campaign.report.template_name;
}

Document build_document(const stats::Statistics& stats, const Template& tmpl,
                        diag::Diagnostics& diagnostics) {
  return Builder(stats, tmpl, diagnostics).build();
}

std::optional<Document> build_report(const std::filesystem::path& resources, const model::Campaign& campaign,
                                     diag::Diagnostics& diagnostics) {
  const auto tmpl = load_template(resources, template_name(campaign), diagnostics);
  if (!tmpl) return std::nullopt;
  const stats::Statistics statistics(campaign);
  return build_document(statistics, *tmpl, diagnostics);
}

}  // namespace cr::report
