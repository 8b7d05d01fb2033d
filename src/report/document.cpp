#include "report/document.hpp"

#include "wording/chinese_numerals.hpp"

namespace cr::report {

std::string numbering_label(Numbering numbering, int ordinal) {
  std::string number = std::to_string(ordinal);
  std::string chinese = wording::chinese_numeral(ordinal, wording::NumeralUse::plain).value_or(number);
  switch (numbering) {
    case Numbering::none:
    case Numbering::bracketed:
      return "";
    case Numbering::chinese:
      return chinese + "、";
    case Numbering::chinese_paren:
      return "（" + chinese + "）";
    case Numbering::arabic_dunhao:
      return number + "、";
    case Numbering::arabic_dot:
      return number + ".";
    case Numbering::arabic_paren:
      return "（" + number + "）";
  }
  return "";
}

std::string heading_label(const Heading& heading) {
  if (heading.numbering == Numbering::bracketed) return "【" + heading.text + "】";
  return numbering_label(heading.numbering, heading.ordinal) + heading.text;
}

Numbering official_numbering(int level) {
  switch (level) {
    case 1:
      return Numbering::chinese;
    case 2:
      return Numbering::chinese_paren;
    case 3:
      return Numbering::arabic_dot;
    default:
      return Numbering::arabic_paren;
  }
}

std::string plain_text(const Paragraph& paragraph) {
  std::string out;
  for (const Run& run : paragraph.runs) out += run.text;
  return out;
}

}  // namespace cr::report
