#pragma once
// How a kind of text is set: role, size, leading, indents, alignment and the space around it.
// A page style gives one TextStyle per TextKind; blocks never pick fonts or sizes themselves.
#include <cstdint>

#include "font/role.hpp"

namespace cr::layout {

enum class TextAlign : std::uint8_t {
  justified,  // both edges flush, the last line ragged (body text)
  left,
  center,
  right,
  balanced,  // centred, lines of similar length (a long title as a trapezoid)
};

// The kinds of text a report holds; a page style maps each to a TextStyle.
enum class TextKind : std::uint8_t {
  title,
  subtitle,
  title_line,  // organisation, date under the title
  heading1,    // 【背景与起因】, 一、
  heading2,    // 1、素质提升工程, （一）
  heading3,
  heading4,
  lead,  // the opening summary
  body,
  list_item,
  source,   // 来源…（责编…）
  note,     // 注：under a table or chart
  caption,  // a table's or chart's title
  table_header,
  table_body,
  chart_label,
  signature,  // 落款 organisation and date
  // The parts of a 公文 (GB/T 9704-2012) that are lines of text:
  addressee,        // 主送机关, flush left, ending with ：
  attachment_list,  // 附件说明: 附件：1. name, later names under the first
  document_note,    // 附注: （此件公开发布）
  attachment_label,  // 附件1 at the top of an attachment's first page
  imprint,           // 版记: 抄送, 印发机关 and 印发日期
};

struct TextStyle {
  font::Role role = font::Role::body;
  font::Role bold_role = font::Role::heading;  // bold lead-ins (**启示之一：**)
  double size = 16;                            // points
  double leading = 28;                         // baseline to baseline, points
  double first_line_indent = 0;                // points, added to left_indent on a paragraph's first line
  double left_indent = 0;                      // points, every line
  TextAlign align = TextAlign::justified;
  double space_before = 0, space_after = 0;  // points; dropped at the top of a page
  double tracking = 0;  // points added to every character's advance: a character grid (GB/T 9704)
  // The 1/4-em gap between Han and Western characters (320 名). Captions set none: a label is
  // written 表1, 图1 (GB/T 15835), and the chart's caption, drawn apart, has none either.
  bool han_western_gap = true;
};

// A TextStyle from what page styles set most: role, size, leading, alignment, first-line indent.
inline TextStyle styled(font::Role role, double size, double leading, TextAlign align,
                        double first_line_indent = 0) {
  TextStyle s;
  s.role = role;
  s.size = size;
  s.leading = leading;
  s.align = align;
  s.first_line_indent = first_line_indent;
  return s;
}

}  // namespace cr::layout
