#include "report/placeholder_engine.hpp"

#include <algorithm>
#include <array>

#include "report/year_wording.hpp"
#include "stats/buckets.hpp"
#include "stats/comparison.hpp"
#include "wording/date_wording.hpp"
#include "wording/number_wording.hpp"

namespace cr::report {
namespace {

enum class Filter { number_only, wan, yi, hanzi, share, growth, points, date, with_growth, before_after };

struct FilterName {
  std::string_view name;
  Filter filter;
};
constexpr std::array<FilterName, 10> filter_names{{{"数值", Filter::number_only},
                                                  {"万", Filter::wan},
                                                  {"亿", Filter::yi},
                                                  {"汉字", Filter::hanzi},
                                                  {"百分比", Filter::share},
                                                  {"同比", Filter::growth},
                                                  {"百分点", Filter::points},
                                                  {"日期", Filter::date},
                                                  {"含同比", Filter::with_growth},
                                                  {"由到", Filter::before_after}}};
constexpr std::string_view filter_list = "数值、万、亿、汉字、百分比、同比、百分点、日期、含同比、由到";

// What the filters of one placeholder ask for.
struct Request {
  std::optional<model::Wording> wording;  // 万, 亿, 汉字
  bool number_only = false;
  std::optional<Filter> special;  // 百分比, 同比, 百分点, 日期: one at most, alone
  model::SourcePosition special_at;
};

void error(diag::Diagnostics& d, const model::SourcePosition& at, const char* code, const std::string& zh,
           const std::string& en) {
  d.error(at.file, at.line, at.column, code, zh, en);
}

bool read_filters(const Placeholder& p, Request& request, diag::Diagnostics& d) {
  for (const PlaceholderPart& f : p.filters) {
    auto known =
        std::find_if(filter_names.begin(), filter_names.end(), [&](auto& n) { return n.name == f.text; });
    if (known == filter_names.end()) {
      error(d, f.at, "unknown-filter",
            "未知的过滤器“" + f.text + "”（可用：" + std::string(filter_list) + "）",
            "unknown filter \"" + f.text + "\" (known: " + std::string(filter_list) + ")");
      return false;
    }
    Filter filter = known->filter;
    bool is_wording = filter == Filter::wan || filter == Filter::yi || filter == Filter::hanzi;
    bool is_special = !is_wording && filter != Filter::number_only;
    if ((is_wording && request.wording) || (is_special && request.special) ||
        (is_special && (request.wording || request.number_only)) || (!is_special && request.special)) {
      error(d, f.at, "conflicting-filters", "过滤器“" + f.text + "”不能与前面的过滤器同时使用",
            "filter \"" + f.text + "\" cannot be combined with the filters before it");
      return false;
    }
    if (filter == Filter::wan) request.wording = model::Wording::wan;
    if (filter == Filter::yi) request.wording = model::Wording::yi;
    if (filter == Filter::hanzi) request.wording = model::Wording::hanzi;
    if (filter == Filter::number_only) request.number_only = true;
    if (is_special) {
      request.special = filter;
      request.special_at = f.at;
    }
  }
  return true;
}

std::pair<std::string, std::string> absence_words(stats::Absence why) {
  switch (why) {
    case stats::Absence::not_aggregable:
      return {"该指标的汇总方式为 none，但有多条记录符合",
              "the indicator's aggregate is none but several records match"};
    case stats::Absence::unknown_unit:
      return {"单位不存在", "no such unit"};
    case stats::Absence::unknown_indicator:
      return {"指标不存在", "no such indicator"};
    default:
      return {"没有符合的记录", "no record matches"};
  }
}

std::pair<std::string, std::string> no_comparison_words(stats::NoComparison why) {
  switch (why) {
    case stats::NoComparison::missing_base:
      return {"缺少比较基期的数据", "the base period has no data"};
    case stats::NoComparison::missing_current:
      return {"缺少本期数据", "the period itself has no data"};
    case stats::NoComparison::zero_base:
      return {"基数为零", "the base is zero"};
    case stats::NoComparison::inexact:
      return {"数据带有“余、多、近、约”等修饰，算出的百分数会虚构精度",
              "a figure is approximate (余/多/近/约): a percentage would invent precision"};
    case stats::NoComparison::unit_mismatch:
      return {"两个数字的计量单位不同", "the two figures have different units"};
    default:
      return {"", ""};
  }
}

// Levenshtein distance on bytes: ids are ASCII, and a hint only needs to be close.
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// " (did you mean …?)" for the closest indicator id within two edits, in both languages.
std::pair<std::string, std::string> suggestion(const model::Campaign& campaign, std::string_view id) {
  const model::Indicator* best = nullptr;
  std::size_t best_distance = 3;
  for (const auto& indicator : campaign.indicators) {
    std::size_t d = distance(id, indicator.id);
    if (d < best_distance) best_distance = d, best = &indicator;
  }
  if (!best) return {"", ""};
  return {"（是否应为“" + best->id + "”" + best->name + "？）", " (did you mean \"" + best->id + "\"?)"};
}

bool is_bucket(const model::Period& p) {
  return p.granularity == model::Granularity::year || p.granularity == model::Granularity::quarter ||
         p.granularity == model::Granularity::month;
}

std::string describe(const Placeholder& p) {
  std::string out = p.name.text;
  if (p.unit) out += "[" + p.unit->text + "]";
  if (p.period_text) out += "@" + p.period_text->text;
  return out;
}

// Whether the comparison filter fits the indicator and the selection; else an error at the filter.
bool comparison_applies(const model::Indicator& info, const Placeholder& p, Filter filter, bool year_scope,
                        const model::SourcePosition& at, diag::Diagnostics& d) {
  if (filter == Filter::date) {
    error(d, at, "filter-not-applicable", "过滤器“日期”只用于日期字段（如 campaign.published），不用于指标",
          "filter \"日期\" applies to date fields (e.g. campaign.published), not to indicators");
  } else if (filter == Filter::points && !info.is_rate()) {
    error(d, at, "filter-not-applicable",
          "过滤器“百分点”只用于比率指标（计量单位为 %），“" + info.name + "”不是",
          "filter \"百分点\" applies to rates (unit %), and \"" + info.id + "\" is not one");
  } else if (filter == Filter::share && info.is_rate()) {
    error(
        d, at, "filter-not-applicable", "比率指标“" + info.name + "”不能再求占比（“百分比”用于数量）",
        "\"" + info.id + "\" is a rate: a share of it means nothing (\"百分比\" is for counts and amounts)");
  } else if (filter != Filter::share && (p.period ? !is_bucket(*p.period) : !year_scope)) {
    error(d, at, "missing-period",
          "“同比”“百分点”“含同比”“由到”须指定年、季度或月份，如 {{" + p.name.text +
              "@2015|同比}}（年度报告中可省略，即报告年度）",
          "\"同比\", \"百分点\", \"含同比\" and \"由到\" need a year, quarter or month, e.g. {{" + p.name.text +
              "@2015|同比}} (in a year-end report they default to its year)");
  } else if (filter == Filter::share && !p.unit && !p.period) {
    error(d, at, "missing-selection", "“百分比”是所选单位或时期占全部的比重，须写 [单位] 或 @时期",
          "\"百分比\" is the share of a unit or period in the whole: give [unit] or @period");
  } else {
    return true;
  }
  return false;
}

// The base of a comparison with the year before and the words that name it: the same bucket a
// year earlier for @period (比上年, 比上年同期), else the report year's base.
struct Base {
  stats::Lookup figure;
  std::string against;
};
Base base_of(const stats::Statistics& stats, const Placeholder& p, const std::optional<stats::ReportYear>& year,
             std::uint32_t indicator, std::uint32_t unit) {
  if (p.period) {
    const bool whole_year = p.period->granularity == model::Granularity::year;
    return {stats.figure(indicator, stats::year_before(*p.period), unit), whole_year ? "比上年" : "比上年同期"};
  }
  return {stats::year_figure(stats, indicator, year->base, unit), year->against()};
}

// 含同比 and 由到: the figure, with its comparison when there is one, and else the figure alone:
// a missing base is never worded (no 增长0%, no —).
std::string figure_with_comparison(const Filter filter, const model::Indicator& info, const stats::Lookup& figure,
                                   const Base& base, const wording::WordingOptions& options) {
  const std::string alone = wording::word_quantity(figure->quantity, options);
  if (filter == Filter::before_after) {
    if (!base.figure || base.figure->quantity.unit != figure->quantity.unit) return alone;
    return wording::word_before_after(base.figure->quantity, figure->quantity, options);
  }
  const auto clause = comparison_clause(stats::year_on_year(base.figure, figure, info.is_rate()), base.against);
  return clause ? alone + "，" + *clause : alone;
}

// 同比, 百分点, 百分比, 含同比, 由到 (and 日期, which an indicator does not take).
std::optional<std::string> compare(const stats::Statistics& stats, const Placeholder& p, const Request& request,
                                   const std::optional<stats::ReportYear>& year, std::uint32_t indicator,
                                   std::uint32_t unit, const stats::Lookup& figure, diag::Diagnostics& d) {
  const model::Indicator& info = stats.campaign().indicators[indicator];
  const Filter filter = *request.special;
  if (!comparison_applies(info, p, filter, year.has_value(), request.special_at, d)) return std::nullopt;
  if (filter == Filter::with_growth || filter == Filter::before_after) {
    if (!figure) return std::nullopt;  // reported by the caller as any missing figure
    const wording::WordingOptions options{info.wording, stats.campaign().report.group_digits, true};
    return figure_with_comparison(filter, info, figure, base_of(stats, p, year, indicator, unit), options);
  }
  stats::Comparison c;
  std::string against;
  if (filter == Filter::share) {
    c = stats::share_of(figure,
                        stats.figure(indicator, model::Period::whole_campaign(), stats::whole_campaign));
  } else {
    Base base = base_of(stats, p, year, indicator, unit);
    against = base.against;
    c = filter == Filter::points ? stats::change_in_points(base.figure, figure)
                                 : stats::year_on_year(base.figure, figure, info.is_rate());
  }
  if (!c || !c.amount) {
    auto [zh, en] = no_comparison_words(c.reason);
    error(d, request.special_at, "no-comparison", "占位符 {{" + describe(p) + "}} 无法比较：" + zh,
          "placeholder {{" + describe(p) + "}} has no comparison: " + en);
    return std::nullopt;
  }
  if (filter == Filter::share) return wording::word_percent(*c.amount);
  // The base goes into the words, so that no change reads 与上年持平 (比上年持平 is not Chinese).
  return comparison_clause(c, against);
}

}  // namespace

PlaceholderEngine::PlaceholderEngine(const stats::Statistics& stats) : stats_(stats) {
  const model::Campaign& c = stats.campaign();
  for (std::uint32_t i = 0; i < c.units.size(); ++i) units_.add(c.units[i].id, c.units[i].name, i);
  fields_ = {{"campaign.id", c.id},
             {"campaign.title", c.title},
             {"campaign.organization", c.organization},
             {"campaign.short_name", c.short_name},
             {"campaign.region", c.region},
             {"campaign.source", c.source}};
  std::string editors;
  for (const auto& e : c.editors) editors += (editors.empty() ? "" : "、") + e;
  fields_["campaign.editors"] = editors;
  date_fields_ = {{"campaign.start", c.start}, {"campaign.end", c.end}};
  if (c.published) date_fields_["campaign.published"] = *c.published;
  // The date a report is dated by (成文日期): published, else the campaign's end.
  date_fields_["report.date"] = c.published ? *c.published : c.end;
  if (c.report.year) fields_["report.year"] = std::to_string(*c.report.year);
}

void PlaceholderEngine::set_report_year(const stats::ReportYear& year) {
  year_ = year;
  fields_["report.year"] = std::to_string(year.year);
  fields_["report.period"] = wording::word_first_months(year.year, year.last_month);
}

void PlaceholderEngine::set_field(const std::string& name, std::string value) {
  fields_[name] = std::move(value);
}
void PlaceholderEngine::set_date_field(const std::string& name, const model::Date& date) {
  date_fields_[name] = date;
}

bool PlaceholderEngine::has_value(std::string_view field) const {
  auto text = fields_.find(field);
  return (text != fields_.end() && !text->second.empty()) || date_fields_.find(field) != date_fields_.end();
}

PlaceholderResolver PlaceholderEngine::resolver(diag::Diagnostics& diagnostics) const {
  return [this, &diagnostics](std::string_view inner, const model::SourcePosition& at) {
    return fill(inner, at, diagnostics);
  };
}

std::optional<std::string> PlaceholderEngine::fill(std::string_view inner, const model::SourcePosition& at,
                                                   diag::Diagnostics& diagnostics) const {
  std::optional<Placeholder> p = parse_placeholder(inner, at, diagnostics);
  if (!p) return std::nullopt;
  if (p->name.text.find('.') != std::string::npos) return fill_field(*p, diagnostics);
  return fill_indicator(*p, diagnostics);
}

std::optional<std::string> PlaceholderEngine::fill_field(const Placeholder& p, diag::Diagnostics& d) const {
  const std::string& name = p.name.text;
  auto text = fields_.find(name);
  auto date = date_fields_.find(name);
  if (text == fields_.end() && date == date_fields_.end()) {
    error(d, p.name.at, "unknown-field", "未知的字段“" + name + "”（指标编码不含“.”；字段如 campaign.title）",
          "unknown field \"" + name + "\" (indicator ids have no \".\"; fields are like campaign.title)");
    return std::nullopt;
  }
  const PlaceholderPart* extra = p.unit ? &*p.unit : p.period_text ? &*p.period_text : nullptr;
  if (extra) {
    error(d, extra->at, "bad-placeholder", "字段“" + name + "”不能选择单位或时期",
          "field \"" + name + "\" takes no unit or period");
    return std::nullopt;
  }
  for (const PlaceholderPart& f : p.filters) {
    if (date != date_fields_.end() && f.text == "日期") continue;
    error(d, f.at, "filter-not-applicable", "过滤器“" + f.text + "”不适用于字段“" + name + "”",
          "filter \"" + f.text + "\" does not apply to field \"" + name + "\"");
    return std::nullopt;
  }
  if (date != date_fields_.end()) return wording::word_date(date->second);
  if (text->second.empty()) {
    error(d, p.name.at, "empty-field", "字段“" + name + "”在 campaign.toml 中没有填写",
          "field \"" + name + "\" is not filled in campaign.toml");
    return std::nullopt;
  }
  return text->second;
}

std::optional<std::uint32_t> PlaceholderEngine::find_unit(const PlaceholderPart& written,
                                                          diag::Diagnostics& d) const {
  if (auto found = units_.find(written.text)) return found;
  const auto& units = stats_.campaign().units;
  const auto named =
      std::count_if(units.begin(), units.end(), [&](auto& u) { return u.name == written.text; });
  if (named > 1)
    error(d, written.at, "unknown-unit",
          "units.csv 中有 " + std::to_string(named) + " 个单位名为“" + written.text + "”，请写单位编码",
          std::to_string(named) + " units of units.csv are named \"" + written.text +
              "\": write the unit's id");
  else
    error(d, written.at, "unknown-unit", "未知的单位“" + written.text + "”，units.csv 中没有此编码或名称",
          "unknown unit \"" + written.text + "\": units.csv has no such id or name");
  return std::nullopt;
}

std::optional<std::string> PlaceholderEngine::fill_indicator(const Placeholder& p,
                                                             diag::Diagnostics& d) const {
  const model::Campaign& campaign = stats_.campaign();
  auto indicator = stats_.indicator_index(p.name.text);
  if (!indicator) {
    auto [hint_zh, hint_en] = suggestion(campaign, p.name.text);
    error(d, p.name.at, "unknown-indicator",
          "未知的指标“" + p.name.text + "”，indicators.csv 中没有此编码" + hint_zh,
          "unknown indicator \"" + p.name.text + "\": indicators.csv has no such id" + hint_en);
    return std::nullopt;
  }
  std::uint32_t unit = stats::whole_campaign;
  if (p.unit) {
    auto found = find_unit(*p.unit, d);
    if (!found) return std::nullopt;
    unit = *found;
  }
  Request request;
  if (!read_filters(p, request, d)) return std::nullopt;
  const model::Indicator& info = campaign.indicators[*indicator];
  // In a year-end report a figure without @period is the report year's.
  stats::Lookup figure = p.period || !year_ ? stats_.figure(*indicator, p.period.value_or(model::Period{}), unit)
                                            : stats::year_figure(stats_, *indicator, year_->current, unit);
  const bool needs_figure = request.special == Filter::with_growth || request.special == Filter::before_after;
  if (request.special && (figure || !needs_figure))
    return compare(stats_, p, request, year_, *indicator, unit, figure, d);
  if (!figure) {
    auto [zh, en] = absence_words(figure.absence);
    const model::SourcePosition& at = p.period_text ? p.period_text->at : p.name.at;
    error(d, at, "no-figure", "占位符 {{" + describe(p) + "}} 无法填写：" + zh + "（" + info.name + "）",
          "placeholder {{" + describe(p) + "}} cannot be filled: " + en);
    return std::nullopt;
  }
  wording::WordingOptions options{request.wording.value_or(info.wording), campaign.report.group_digits, true};
  if (request.number_only) options.with_unit = options.with_qualifier = false;
  return wording::word_quantity(figure->quantity, options);
}

}  // namespace cr::report
