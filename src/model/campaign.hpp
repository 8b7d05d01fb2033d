#pragma once
// The campaign as the data describes it: plain values, no behaviour beyond look-ups.
// input/ builds it, stats/ aggregates it, report/ words it; nothing here knows a file format.
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/official_document.hpp"
#include "model/page_style.hpp"
#include "model/period.hpp"
#include "model/quantity.hpp"
#include "model/source_position.hpp"

namespace cr::model {

struct Program {  // 工程: one of the campaign's programs, in display order
  std::string id, name, summary;
  SourcePosition position;
};

enum class Aggregate : std::uint8_t { sum, max, last, avg, none };

// How a figure is worded: as written, small counts in Chinese numerals (两项, 九个), or in a scale.
enum class Wording : std::uint8_t { as_written, hanzi, wan, yi };

struct Indicator {  // 指标
  std::string id, name, unit;
  std::string program;  // a program id; empty means the general profile (基本情况)
  Aggregate aggregate = Aggregate::sum;
  Wording wording = Wording::as_written;
  std::string description;
  SourcePosition position;
  // Its id in last year's campaign when it was renamed ([compare] previous); last, with its own
  // initializer, so that aggregate initializations written before it stay complete.
  std::string previous_id = {};

  bool is_rate() const { return unit == "%"; }
};

struct OrgUnit {  // 单位: county, township, subdistrict, village, department...
  std::string id, name, type;
  std::string parent;  // a unit id; empty for a root
  SourcePosition position;
};

// Where a record comes from: the campaign's own tables, or last year's campaign added as the
// base of a year-end report's comparisons ([compare] previous, input/previous_campaign.hpp).
enum class Origin : std::uint8_t { own, previous };

// One figure: an indicator's value for a unit over a period. Campaigns may hold a million of
// these, so a record is small (about 40 bytes): references are indices into the campaign's
// tables, the note is an index into Campaign::notes, the file is always records.csv (its own
// campaign's, for a record of last year's).
struct Record {
  static constexpr std::uint32_t no_unit = std::numeric_limits<std::uint32_t>::max();
  static constexpr std::uint32_t no_note = 0;  // Campaign::notes[0] is ""

  std::uint32_t indicator = 0;  // index into Campaign::indicators
  std::uint32_t unit = no_unit; // index into Campaign::units; no_unit: the whole campaign
  std::uint32_t line = 0;       // physical line in records.csv where the record starts
  std::uint32_t note = no_note; // index into Campaign::notes
  Period period;
  Qualifier qualifier = Qualifier::exact;
  Scale written_scale = Scale::one;
  Origin origin = Origin::own;  // in the padding before value: the record stays the same size
  CompactDecimal value;         // in the indicator's unit (30.6万人 is 306000)

  bool has_unit() const { return unit != no_unit; }
  bool is_own() const { return origin == Origin::own; }
};

struct ReportSettings {  // [report] in campaign.toml
  std::string template_name;
  std::optional<PageStyleId> style;
  std::optional<int> year;
  // figures = "year" | "campaign": whether the report's figures are the report year's or the
  // whole campaign's; unset: as the template says (year-end: the year).
  std::optional<bool> year_figures;
  std::optional<Date> as_of;  // 数据截至
  std::string filename;       // output stem; empty: the campaign id
  std::string unit_filename;  // a unit report's stem, with {{unit.name}}...; empty: see batch/
  bool group_digits = false;
  std::string pdfa;           // PDF/A level of the PDF: "1b" | "2b" | "3b"; empty: plain PDF
};

// [form] in campaign.toml: what the fill-in form (`campaign-report form`) asks of each unit.
struct FormSettings {
  std::vector<std::string> indicators;  // indicator ids, in form order; empty: every indicator
  std::vector<std::string> periods;     // periods as written; empty: one row for the whole campaign
  std::string level;                    // the unit type that fills it in; empty: units without sub-units
  int line = 0;                         // the line of [form], for diagnostics; 0: no [form]
};

struct CompareSettings {  // [compare] in campaign.toml
  std::string previous;      // last year's campaign folder, relative to this one; empty: none
  SourcePosition position;   // of the value, for diagnostics
};

struct Narrative {  // one text of narrative/, e.g. "background" for narrative/background.md
  std::string section;
  std::string file;  // relative path, for diagnostics
  std::string text;  // UTF-8, line ends normalised to \n
};

// A text of campaign.toml that reaches the outputs (the title, the organisation...), with its
// place, so that a problem found only when it is set (a character no font has) names its line.
struct PlacedText {
  std::string key;  // "campaign.title", "program.name"
  std::string text;
  SourcePosition position;
};

struct Campaign {
  std::string folder;  // as given on the command line
  std::string id, title, organization;
  Date start, end;
  std::string short_name, region, source;
  std::optional<Date> published;
  std::vector<std::string> editors;
  std::vector<Program> programs;
  ReportSettings report;
  FormSettings form;
  CompareSettings compare;
  std::optional<OfficialDocument> document;  // [document]: the 公文's parts; none without it

  std::vector<Indicator> indicators;
  std::vector<OrgUnit> units;
  std::vector<Record> records;
  std::vector<std::string> notes{""};  // record notes, shared; index 0 is "no note"
  std::map<std::string, Narrative> narratives;  // by section name
  // units.csv's optional 组织单位 (organization) column, by unit id: who signs a unit's own
  // report (build --per-unit); a unit without one signs with its name.
  std::map<std::string, std::string> unit_organizations;
  // The files the tables were read from, in reading order: "indicators.csv", "data.xlsx"...
  std::vector<std::string> table_files;
  std::vector<PlacedText> manifest_texts;        // campaign.toml's output texts, in file order

  const Program* find_program(const std::string& id) const;
  const Indicator* find_indicator(const std::string& id) const;
  const OrgUnit* find_unit(const std::string& id) const;
  const Narrative* find_narrative(const std::string& section) const;
  // A record's figure with its indicator's unit, ready for wording.
  Quantity quantity(const Record& record) const;
  const Indicator& indicator_of(const Record& record) const { return indicators[record.indicator]; }
  const OrgUnit* unit_of(const Record& record) const { return record.has_unit() ? &units[record.unit] : nullptr; }
  // The output file stem: [report] filename, else the campaign id.
  std::string output_stem() const { return report.filename.empty() ? id : report.filename; }
};

}  // namespace cr::model
