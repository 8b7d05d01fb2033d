#pragma once
// The report as a format-neutral Document: what is said and in which structure, never how it
// looks. Templates and narrative fill it (report/builder.hpp); the PDF layout (layout/) reads it.
// The workbook does not: it is built from the statistics directly (xlsx/). A Document holds sections; a
// section is a run of elements in reading order, opened by its Heading (the layout turns each
// into layout::Block objects that measure and split themselves):
//
//   Document{metadata, sections: [
//     {id "front",      elements: [TitleBlock, Paragraph(lead)]},
//     {id "background", elements: [Heading(1, 【背景与起因】), Paragraph, Paragraph]},
//     {id "approach",   elements: [Heading(1), Paragraph, Heading(2, "1、"), Paragraph, ...]},
//     {id "closing",    elements: [Paragraph(source), Signature]}]}
//
// Figures in tables and charts carry their exact values next to the words shown, so a renderer
// that wants numbers (a chart's bar lengths) never parses text.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/date.hpp"
#include "model/decimal.hpp"
#include "model/quantity.hpp"
#include "model/source_position.hpp"

namespace cr::report {

// How a heading is numbered. The number comes from the heading's place in the Document
// (`ordinal`), never from the narrative; a page style may renumber by level (GB/T 9704).
enum class Numbering : std::uint8_t {
  none,           // 背景与起因
  bracketed,      // 【背景与起因】 (the case report's sections; no number)
  chinese,        // 一、基本情况
  chinese_paren,  // （一）素质提升工程
  arabic_dunhao,  // 1、实施素质提升工程
  arabic_dot,     // 1.
  arabic_paren,   // （1）
};

struct Heading {
  int level = 1;     // 1 section, 2 subsection, 3, 4
  std::string text;  // without numbering: 背景与起因, 实施素质提升工程
  Numbering numbering = Numbering::none;
  int ordinal = 1;     // 1-based place among the headings of its level under the same parent
  std::string anchor;  // stable id for outlines and links: "background", "program-quality"
};

// The number as printed: "一、", "（一）", "1、", "1.", "（1）"; "" for none and bracketed.
std::string numbering_label(Numbering numbering, int ordinal);
// The heading as printed: "【背景与起因】", "一、基本情况", "1、实施素质提升工程".
std::string heading_label(const Heading& heading);
// GB/T 9704-2012's numbering by level: 一、 （一） 1. （1）; deeper levels keep （1）.
Numbering official_numbering(int level);

// A stretch of text in one style. Bold marks lead-in phrases (**启示之一：**).
struct Run {
  enum class Style : std::uint8_t { plain, bold };
  std::string text;  // UTF-8, no line breaks
  Style style = Style::plain;
};

struct Paragraph {
  enum class Role : std::uint8_t {
    body,    // indented body text
    lead,    // the opening summary before the first section
    source,  // the closing source and editors line (来源…　责编…)
    note,    // a small note under a table or chart
  };
  std::vector<Run> runs;
  Role role = Role::body;
  model::SourcePosition origin;  // the narrative file (or template) and line it came from
};

// The paragraph's text with styles dropped.
std::string plain_text(const Paragraph& paragraph);

// Items written "- " in the narrative; each item is one paragraph of runs.
struct List {
  std::vector<Paragraph> items;
};

enum class Align : std::uint8_t { left, center, right };

// A table cell: the words shown, and for a figure the exact Quantity they word.
struct Cell {
  std::string text;                         // 近万人次, 素质提升工程, 2015年
  std::optional<model::Quantity> quantity;  // set for numeric cells
  int column_span = 1;                      // a group header spans the columns
};

// A table: header rows (repeated on each page by a renderer that splits it), then body rows.
// Every row has as many cells as `alignment` has columns, counting spans.
struct Table {
  std::string title;             // 表1　素质提升工程主要指标
  std::vector<Align> alignment;  // per column: text left, figures right
  std::vector<std::vector<Cell>> header_rows;
  std::vector<std::vector<Cell>> body_rows;
  std::vector<bool> group_rows;  // per body row: a program heading row inside the table
  std::string note;              // 注：… under the table; may be empty
};

enum class ChartKind : std::uint8_t { column, line, pie };

struct ChartSeries {
  std::string name;                                   // 培训人次
  std::vector<std::optional<model::Decimal>> values;  // one per category; empty where no data
};

// A chart: categories along the axis (years, indicators or units), one or more series of
// exact values in one unit. A pie has one series whose values are parts of a whole.
struct Chart {
  ChartKind kind = ChartKind::column;
  std::string title;
  std::vector<std::string> categories;
  std::vector<ChartSeries> series;
  std::string unit;  // 人次, 万元, %
};

struct PageBreak {};

// The title block of a report: title, an optional subtitle, then lines such as the
// organisation and the date, all centred by the page styles.
struct TitleBlock {
  std::string title;
  std::string subtitle;
  std::vector<std::string> lines;
};

// 落款: the organisation and the date at the end, placed by the page style (GB/T 9704 7.3.5.2), with
// the office's seal over them when it gave one (7.3.5.1).
struct Signature {
  std::string organization;
  std::string date;           // 2016年11月21日
  std::string seal_png = {};  // the 印章 over them (7.3.5.1), a PNG's bytes; empty: none (7.3.5.2)
};

// 版头 of a 公文 (GB/T 9704-2012 7.2), from [document]: placed by a page style that knows it above
// the title, ignored by the others.
struct Masthead {
  std::string copy_number;           // 份号: 000001
  std::string secrecy;               // 密级和保密期限 as printed: 秘密★1年
  std::string urgency;               // 紧急程度: 特急
  std::vector<std::string> issuers;  // 发文机关; several are stacked, 文件 beside them
  std::string number;                // 发文字号: 绥发〔2024〕3号
  std::vector<std::string> signers;  // 签发人, for a report going up
};

// 主送机关 (7.3.2): under the title, flush left, ending with a full-width colon.
struct Addressee {
  std::string names;  // 中共绥化市委, without the colon
};

// 附件说明 (7.3.4): the attachments' titles, under the body, numbered when there are several.
struct AttachmentList {
  std::vector<std::string> titles;
};

// 附注 (7.3.6), in its parentheses: （此件公开发布）; on the line below the 成文日期.
struct DocumentNote {
  std::string text;
};

// The start of an attachment (7.3.7) on a page of its own: 附件1 (附件 alone for a single
// attachment) at the top left, its title centred on the third line. What follows is its text.
struct AttachmentHeading {
  int number = 0;  // 1-based; 0: the only attachment
  std::string title;
};

// 版记 (7.4) at the foot of the last page: 抄送机关, then 印发机关 and 印发日期, between rules.
struct Imprint {
  std::vector<std::string> cc;  // 抄送机关
  std::string printed_by;       // 印发机关
  std::string printed_on;       // 2024年12月30日; empty when there is no 印发 line
};

// A section's elements. From Masthead on, the parts of a 公文: a style that does not set them leaves
// them out (page_style.hpp).
using Element = std::variant<TitleBlock, Heading, Paragraph, List, Table, Chart, PageBreak, Signature, Masthead,
                           Addressee, AttachmentList, DocumentNote, AttachmentHeading, Imprint>;

struct Section {
  std::string id;  // the template's section id: "front", "background", "approach", "closing"
  std::vector<Element> elements;
};

struct Metadata {
  std::string title;                 // the report's title (the PDF's Info /Title and XMP dc:title)
  std::string subject;               // 典型案例, 年度工作总结
  std::string organization;          // author
  std::optional<model::Date> date;   // the report's date (published, else the campaign's end)
  std::string date_text;             // 2016年11月21日
  std::string source;                // 人民网-中国共产党新闻网
  std::vector<std::string> editors;  // 秦华, 黄瑾
  std::vector<std::string> keywords;
  std::string language = "zh-CN";
  // The campaign's own names (organisation, short name, region, units, programs): a title or
  // heading never breaks inside one, whatever a dictionary makes of it (清|源|县).
  std::vector<std::string> names;
  // The office's seal (a PNG's bytes) over the 落款 of a 公文, given in [document]; empty: none.
  std::string seal_png = {};
};

struct Document {
  std::string template_id;  // "case", "year-end"
  Metadata metadata;
  std::vector<Section> sections;
};

}  // namespace cr::report
