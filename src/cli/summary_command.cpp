// `summary DIR`: every statistic the reports will show, worded as an official writes it.
// Human output is a header and one CJK-aligned table per program (基本情况 first), then the
// units' rolled-up totals; --json prints the same figures as `campaign`, `figure` and `change`
// lines for machines.
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/reporting.hpp"
#include "diag/json.hpp"
#include "model/own_records.hpp"
#include "stats/summaries.hpp"
#include "text/utf8.hpp"
#include "wording/date_wording.hpp"
#include "wording/number_wording.hpp"

namespace cr::cli {
namespace {

using Row = std::vector<std::string>;

bool chinese(const CommonOptions& o) { return o.lang == diag::Language::zh; }
std::string label(const CommonOptions& o, std::string_view zh, std::string_view en) {
  return std::string(chinese(o) ? zh : en);
}

// ---- wording of figures and comparisons ------------------------------------------------

wording::WordingOptions wording_for(const model::Campaign& c, const model::Indicator& indicator) {
  return {indicator.wording, c.report.group_digits, true};
}

std::string word_lookup(const model::Campaign& c, const model::Indicator& indicator, const stats::Lookup& l) {
  return l ? wording::word_quantity(l->quantity, wording_for(c, indicator)) : std::string();
}

// A comparison in words, or why there is none ("" when there is nothing to compare at all).
std::string word_comparison(const CommonOptions& o, const stats::Comparison& c) {
  using stats::NoComparison;
  if (c.amount) {
    return c.kind == stats::ComparisonKind::points ? wording::word_points_change(*c.amount)
                                                   : wording::word_growth(*c.amount);
  }
  switch (c.reason) {
    case NoComparison::missing_base:
      return label(o, "无上年数据", "no base year");
    case NoComparison::zero_base:
      return label(o, "上年为0，不可比", "base is zero");
    case NoComparison::inexact:
      return label(o, "约数，不可比", "approximate, not comparable");
    case NoComparison::unit_mismatch:
      return label(o, "单位不同，不可比", "different units");
    default:
      return "";
  }
}

std::string_view reason_code(stats::NoComparison r) {
  switch (r) {
    case stats::NoComparison::none:
      return "";
    case stats::NoComparison::missing_base:
      return "missing-base";
    case stats::NoComparison::missing_current:
      return "missing-current";
    case stats::NoComparison::zero_base:
      return "zero-base";
    case stats::NoComparison::inexact:
      return "inexact";
    case stats::NoComparison::unit_mismatch:
      return "unit-mismatch";
  }
  return "";
}

std::string_view absence_code(stats::Absence a) {
  switch (a) {
    case stats::Absence::none:
      return "";
    case stats::Absence::no_records:
      return "no-records";
    case stats::Absence::unknown_indicator:
      return "unknown-indicator";
    case stats::Absence::unknown_unit:
      return "unknown-unit";
    case stats::Absence::not_aggregable:
      return "not-aggregable";
  }
  return "";
}

// ---- the aligned table -----------------------------------------------------------------

// Columns padded to the widest cell; East Asian wide characters count two columns.
void print_table(const std::vector<Row>& rows) {
  std::vector<std::size_t> widths;
  for (const Row& row : rows)
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (widths.size() <= i) widths.resize(i + 1, 0);
      widths[i] = std::max(widths[i], text::display_width(row[i]));
    }
  for (const Row& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(widths[i] - text::display_width(row[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    fmt::print("{}\n", line);
  }
}

// ---- human output ----------------------------------------------------------------------

void print_header(const CommonOptions& o, const model::Campaign& c) {
  fmt::print("{}\n", c.title);
  auto field = [&](std::string_view zh, std::string_view en, const std::string& value) {
    if (!value.empty()) fmt::print("  {}{}{}\n", label(o, zh, en), chinese(o) ? "：" : ": ", value);
  };
  field("简称", "Short name", c.short_name);
  field("组织单位", "Organisation", c.organization);
  field("地区", "Region", c.region);
  field("开始", "Start", wording::word_date(c.start));
  field("结束", "End", wording::word_date(c.end));
  field("来源", "Source", c.source);
  if (c.published) field("发布", "Published", wording::word_date(*c.published));
  std::string editors;
  for (const auto& e : c.editors) editors += (editors.empty() ? "" : "、") + e;
  field("责编", "Editors", editors);
}

// The year buckets that hold a figure in this table, and which of them have a comparison.
struct YearColumns {
  std::vector<std::size_t> years;        // indices into BucketRow::periods
  std::vector<std::size_t> comparisons;  // the same, for 比上年 columns
};

YearColumns year_columns(const stats::ProgramSummary& p) {
  YearColumns cols;
  if (p.rows.empty()) return cols;
  for (std::size_t y = 0; y < p.rows.front().years.periods.size(); ++y) {
    bool any = false, compared = false;
    for (const auto& r : p.rows) {
      any = any || static_cast<bool>(r.years.cells[y]);
      compared = compared || (r.years.year_on_year[y].base && r.years.year_on_year[y].current);
    }
    if (any) cols.years.push_back(y);
    if (compared) cols.comparisons.push_back(y);
  }
  return cols;
}

void print_program(const CommonOptions& o, const model::Campaign& c, const stats::ProgramSummary& p) {
  fmt::print("\n{}\n", p.program ? p.program->name : label(o, "基本情况", "General profile (基本情况)"));
  if (p.rows.empty()) {
    fmt::print("  {}\n", label(o, "（暂无指标）", "(no indicators yet)"));
    return;
  }
  const YearColumns cols = year_columns(p);
  const auto& periods = p.rows.front().years.periods;
  std::vector<Row> rows;
  Row head{label(o, "指标", "Indicator"), label(o, "数值", "Value"), label(o, "计量单位", "Unit")};
  for (auto y : cols.years) head.push_back(wording::word_period(periods[y]));
  for (auto y : cols.comparisons)
    head.push_back(wording::word_period(periods[y]) + label(o, "比上年", " vs previous year"));
  rows.push_back(head);
  for (const auto& r : p.rows) {
    const model::Indicator& ind = c.indicators[r.indicator];
    Row row{ind.name, r.total ? word_lookup(c, ind, r.total) : "—", ind.unit};
    for (auto y : cols.years) row.push_back(word_lookup(c, ind, r.years.cells[y]));
    for (auto y : cols.comparisons) row.push_back(word_comparison(o, r.years.year_on_year[y]));
    rows.push_back(std::move(row));
  }
  print_table(rows);
}

void print_units(const CommonOptions& o, const model::Campaign& c,
                 const std::vector<stats::UnitSummary>& units) {
  std::vector<Row> rows{{label(o, "单位", "Unit"), label(o, "指标", "Indicator"), label(o, "数值", "Value")}};
  for (const auto& u : units)
    for (const auto& f : u.figures) {
      const model::Indicator& ind = c.indicators[f.indicator];
      rows.push_back({std::string(static_cast<std::size_t>(u.depth) * 2, ' ') + c.units[u.unit].name,
                      ind.name, word_lookup(c, ind, f.figure)});
    }
  if (rows.size() == 1) return;
  fmt::print("\n{}\n", label(o, "各单位汇总", "Totals by unit"));
  print_table(rows);
}

// ---- JSON output -----------------------------------------------------------------------

void print_campaign_json(const model::Campaign& c) {
  fmt::print("{}\n", diag::json_line({{"kind", "campaign"},
                                      {"id", c.id},
                                      {"title", c.title},
                                      {"short_name", diag::string_or_null(c.short_name)},
                                      {"organization", c.organization},
                                      {"region", diag::string_or_null(c.region)},
                                      {"start", c.start.iso()},
                                      {"end", c.end.iso()},
                                      {"source", diag::string_or_null(c.source)},
                                      {"published", c.published ? diag::Json(c.published->iso()) : nullptr},
                                      {"published_wording", c.published ? diag::Json(wording::word_date(*c.published))
                                                                        : nullptr},
                                      {"editors", c.editors}}));
}

std::string_view scale_code(model::Scale s) {
  return s == model::Scale::wan ? "万" : s == model::Scale::yi ? "亿" : "";
}
std::string_view style_code(model::Wording w) {
  switch (w) {
    case model::Wording::hanzi:
      return "汉字";
    case model::Wording::wan:
      return "万";
    case model::Wording::yi:
      return "亿";
    default:
      return "";
  }
}

// One statistic: the indicator for a unit (null: the campaign) over a period ("": the whole).
void print_figure_json(const model::Campaign& c, std::uint32_t indicator, std::uint32_t unit,
                       const model::Period& period, const stats::Lookup& l) {
  const model::Indicator& ind = c.indicators[indicator];
  diag::Json line{{"kind", "figure"},
                  {"program", ind.program},
                  {"indicator", ind.id},
                  {"name", ind.name},
                  {"unit", unit == stats::whole_campaign ? diag::Json(nullptr) : diag::Json(c.units[unit].id)},
                  {"period", period.canonical()},
                  {"measure", ind.unit},
                  {"wording_style", style_code(ind.wording)}};
  if (!l) {
    line["value"] = nullptr;
    line["absence"] = absence_code(l.absence);
  } else {
    const model::Quantity& q = l->quantity;
    line["value"] = q.value.normalized().to_string();
    line["qualifier"] = model::word_of(q.qualifier);
    line["scale"] = scale_code(q.written_scale);
    line["records"] = l->record_count;
    line["wording"] = word_lookup(c, ind, l);
  }
  fmt::print("{}\n", diag::json_line(line));
}

void print_change_json(const CommonOptions& o, const model::Campaign& c, std::uint32_t indicator,
                       const model::Period& period, const stats::Comparison& cmp) {
  if (!cmp.current) return;  // nothing this year: no comparison to speak of
  fmt::print("{}\n",
             diag::json_line({{"kind", "change"},
                              {"indicator", c.indicators[indicator].id},
                              {"unit", nullptr},
                              {"period", period.canonical()},
                              {"base_period", stats::year_before(period).canonical()},
                              {"type", cmp.kind == stats::ComparisonKind::points ? "points" : "growth"},
                              {"value", cmp.amount ? diag::Json(cmp.amount->to_string()) : nullptr},
                              {"reason", diag::string_or_null(std::string(reason_code(cmp.reason)))},
                              {"wording", word_comparison(o, cmp)}}));
}

void print_json(const CommonOptions& o, const model::Campaign& c,
                const std::vector<stats::ProgramSummary>& programs,
                const std::vector<stats::UnitSummary>& units) {
  print_campaign_json(c);
  for (const auto& p : programs)
    for (const auto& r : p.rows) {
      print_figure_json(c, r.indicator, stats::whole_campaign, {}, r.total);
      for (std::size_t y = 0; y < r.years.periods.size(); ++y) {
        if (r.years.cells[y])
          print_figure_json(c, r.indicator, stats::whole_campaign, r.years.periods[y], r.years.cells[y]);
        print_change_json(o, c, r.indicator, r.years.periods[y], r.years.year_on_year[y]);
      }
    }
  for (const auto& u : units)
    for (const auto& f : u.figures) print_figure_json(c, f.indicator, u.unit, {}, f.figure);
}

}  // namespace

int run_summary(const CommonOptions& options, const std::string& folder) {
  diag::Diagnostics diagnostics;
  // As build reads it: [compare] previous joins last year's figures, so 比上年 has its base.
  auto campaign = load_selected_campaign(folder, {}, diagnostics);
  if (!campaign || diagnostics.failed(options.strict)) return finish(options, diagnostics);
  print_diagnostics(options, diagnostics);  // warnings, before the figures they may concern
  const stats::Statistics stats(*campaign);
  auto programs = stats::program_summaries(stats);
  // Last year's records ([compare] previous) are the base of the years' comparisons only: the
  // totals and the units' figures are the campaign's own.
  const model::Campaign own = model::own_records(*campaign);
  const stats::Statistics own_stats(own);
  for (auto& program : programs)
    for (auto& row : program.rows) row.total = own_stats.figure(row.indicator);
  const auto units = stats::unit_summaries(own_stats);
  if (options.json) {
    print_json(options, *campaign, programs, units);
  } else {
    print_header(options, *campaign);
    for (const auto& p : programs) print_program(options, *campaign, p);
    print_units(options, *campaign, units);
  }
  std::fflush(stdout);
  return exit_done;
}

}  // namespace cr::cli
