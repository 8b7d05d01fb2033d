#include "report/builder.hpp"

#include <set>

#include "report/figure_tables.hpp"
#include "report/narrative.hpp"
#include "report/official_parts.hpp"
#include "report/placeholder_engine.hpp"
#include "report/year_tables.hpp"
#include "wording/date_wording.hpp"

namespace cr::report {
namespace {

class Builder {
 public:
  Builder(const stats::Statistics& stats, const Template& tmpl, diag::Diagnostics& d)
      : stats_(stats), campaign_(stats.campaign()), tmpl_(tmpl), d_(d), engine_(stats) {
    engine_.set_field("report.year", std::to_string(stats::chosen_year(campaign_)));
    if (campaign_.report.year_figures.value_or(tmpl.year_figures)) {
      year_ = stats::report_year(campaign_, stats::chosen_year(campaign_));
      engine_.set_report_year(*year_);
    }
  }

  Document build() {
    Document doc;
    doc.template_id = tmpl_.id;
    doc.metadata = metadata();
    for (const TemplateSection& s : tmpl_.sections) {
      if (!shown(s)) continue;
      Section built = section(s);
      // An optional section whose tables came out empty too is left out, heading and all.
      const bool heading_only = built.elements.size() == 1 && std::holds_alternative<Heading>(built.elements[0]);
      if (s.optional && (built.elements.empty() || heading_only)) {
        if (heading_only) --level_one_;
        continue;
      }
      doc.sections.push_back(std::move(built));
    }
    official_end(doc);
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
    m.date_text = wording::word_date(report_date());
    m.source = campaign_.source;
    m.editors = campaign_.editors;
    m.keywords = tmpl_.keywords;
    m.names = {m.organization, campaign_.short_name, campaign_.region};
    for (const model::OrgUnit& unit : campaign_.units) m.names.push_back(unit.name);
    for (const model::Program& program : campaign_.programs) m.names.push_back(program.name);
    if (official_) m.seal_png = official_->seal_png;
    return m;
  }

  TitleBlock title_block() {
    TitleBlock t{plain(tmpl_.title, engine_), tmpl_.subtitle ? plain(*tmpl_.subtitle, engine_) : "", {}};
    for (const TemplateText& line : tmpl_.title_lines) t.lines.push_back(plain(line, engine_));
    return t;
  }

  // 附件说明 above the 落款 and 附注 below it (7.3.4, 7.3.6); both with the 落款 the style adds
  // when the template has none.
  void attachment_list(std::vector<Element>& out) const {
    if (official_ && !official_->attachments.empty()) out.emplace_back(report::attachment_list(*official_));
  }
  void note(std::vector<Element>& out) const {
    if (official_ && !official_->note.empty()) out.emplace_back(DocumentNote{official_->note});
  }
  // After the template's sections: the 附件说明 and 附注 when no section signed, the 附件 each
  // on pages of its own, and the 版记.
  void official_end(Document& doc) {
    if (!official_) return;
    Section closing{"document-closing", {}};
    if (!signed_) {
      attachment_list(closing.elements);
      note(closing.elements);
    }
    if (!closing.elements.empty()) doc.sections.push_back(std::move(closing));
    const std::vector<std::string> titles = report::attachment_list(*official_).titles;
    for (std::size_t i = 0; i < titles.size(); ++i) {
      const int number = titles.size() > 1 ? static_cast<int>(i) + 1 : 0;
      Section part{"attachment-" + std::to_string(i + 1), {AttachmentHeading{number, titles[i]}}};
      attachment(official_->attachments[i], part.elements);
      doc.sections.push_back(std::move(part));
    }
    if (official_->has_imprint()) doc.sections.push_back({"imprint", {imprint(*official_)}});
  }
  // An attachment's text: its narrative file, or a statistics table the report knows.
  void attachment(const model::Attachment& a, std::vector<Element>& out) {
    if (!a.narrative.empty()) return narrative(a.narrative, false, Paragraph::Role::body, engine_, out);
    figures(a.table == "profile" ? nullptr : campaign_.find_program(a.table), true, false, out);
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
                 const PlaceholderEngine& engine, std::vector<Element>& out) {
    used_.insert(name);
    const model::Narrative* n = campaign_.find_narrative(name);
    if (!n) {
      if (!optional)
        d_.error("narrative/" + name + ".md", 0, 0, "missing-narrative",
                 "缺少叙述文件 narrative/" + name + ".md，报告模板“" + tmpl_.id + "”需要它",
                 "narrative/" + name + ".md is missing; the report template \"" + tmpl_.id + "\" needs it");
      return;
    }
    for (Element& element : parse_narrative(n->text, n->file, d_, engine.resolver(d_))) {
      if (auto* p = std::get_if<Paragraph>(&element)) p->role = role;
      out.push_back(std::move(element));
    }
  }

  // An optional section without its narrative file and with nothing generated is left out.
  bool shown(const TemplateSection& s) const {
    if (!s.optional || s.narrative.empty() || campaign_.find_narrative(s.narrative)) return true;
    return s.title_block || s.table != TableKind::none || s.programs || !s.lines.empty() || s.signature;
  }

  void add_table(Table t, std::vector<Element>& out) {
    if (t.body_rows.empty()) return;
    t.title = "表" + std::to_string(++tables_) + "　" + t.title;
    out.emplace_back(std::move(t));
  }

  void figures(const model::Program* program, bool table, bool chart, std::vector<Element>& out) {
    if (table) add_table(year_ ? year_table(stats_, program, *year_) : indicator_table(stats_, program), out);
    if (chart)
      for (Chart& c : year_ ? year_charts(stats_, program, *year_) : indicator_charts(stats_, program)) {
        c.title = "图" + std::to_string(++charts_) + "　" + c.title;
        out.emplace_back(std::move(c));
      }
  }

  void programs(const ProgramPart& part, int level, std::vector<Element>& out) {
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
    if (s.title_block && official_ && official_->has_masthead())
      out.elements.emplace_back(masthead(*official_));
    if (s.title_block) out.elements.emplace_back(title_block());
    if (s.title_block && official_ && !official_->to.empty())
      out.elements.emplace_back(Addressee{official_->to});
    if (s.heading)
      out.elements.emplace_back(Heading{1, plain(*s.heading, engine_), s.numbering, ++level_one_, s.id});
    if (!s.narrative.empty()) narrative(s.narrative, s.optional, s.role, engine_, out.elements);
    figures(nullptr, s.table == TableKind::profile, false, out.elements);
    if (s.table == TableKind::units)
      for (Table& t : unit_tables(stats_, year_ ? year_->current : model::Period::whole_campaign()))
        add_table(std::move(t), out.elements);
    if (s.programs) programs(*s.programs, s.heading ? 2 : 1, out.elements);
    for (const TemplateLine& line : s.lines) {
      if (!line.when.empty() && !engine_.has_value(line.when)) continue;
      out.elements.emplace_back(Paragraph{runs(line.text, engine_), line.role, line.text.at});
    }
    if (s.signature) {
      attachment_list(out.elements);
      out.elements.emplace_back(Signature{campaign_.organization, wording::word_date(report_date()),
                                        official_ ? official_->seal_png : std::string()});
      note(out.elements);
      signed_ = true;
    }
    return out;
  }

  const stats::Statistics& stats_;
  const model::Campaign& campaign_;
  const Template& tmpl_;
  const model::OfficialDocument* official_ = campaign_.document ? &*campaign_.document : nullptr;
  diag::Diagnostics& d_;
  PlaceholderEngine engine_;
  std::optional<stats::ReportYear> year_;  // a year-end report's year
  int level_one_ = 0, tables_ = 0, charts_ = 0;
  bool signed_ = false;         // a section ended with the 落款
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
