#pragma once
// The product's fonts (fonts/fonts.toml over the system's faces) and small Documents to lay out.
#include <fstream>
#include <sstream>
#include <string>

#include "font/catalogue.hpp"
#include "font/role_fonts.hpp"
#include "layout/render.hpp"
#include "report/document.hpp"

namespace cr::layout::testing {

inline const font::FontSet& product_fonts() {
  static const font::FontSet fonts = [] {
    diag::Diagnostics ignored;
    const std::filesystem::path resources(CR_SOURCE_DIR);
    auto config = font::load_font_config("", resources, ignored);
    auto catalogue = font::build_catalogue(font::font_folders("", resources), true);
    return font::FontSet::resolve(config, catalogue, ignored);
  }();
  return fonts;
}

inline report::Paragraph body(std::string text,
                              report::Paragraph::Role role = report::Paragraph::Role::body) {
  report::Paragraph p;
  p.runs.push_back({std::move(text), report::Run::Style::plain});
  p.role = role;
  return p;
}

inline report::Heading heading(std::string text, int level = 1, int ordinal = 1) {
  report::Heading h;
  h.level = level;
  h.text = std::move(text);
  h.numbering = level == 1 ? report::Numbering::bracketed : report::Numbering::arabic_dunhao;
  h.ordinal = ordinal;
  return h;
}

// tests/linebreak/stress.md as a Document: a heading, then each blank-line-separated paragraph.
inline report::Document stress_document(int repeats = 1) {
  std::ifstream file(std::string(CR_SOURCE_DIR) + "/tests/linebreak/stress.md");
  std::stringstream all;
  all << file.rdbuf();
  report::Document doc;
  doc.metadata.title = "断行压力测试";
  report::Section section;
  section.elements.push_back(report::TitleBlock{"断行压力测试", "", {"测试单位", "2016年11月21日"}});
  for (int r = 0; r < repeats; ++r) {
    section.elements.push_back(heading("压力段落", 1, r + 1));
    std::string text = all.str(), paragraph;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      if (line.empty()) {
        if (!paragraph.empty()) section.elements.push_back(body(paragraph));
        paragraph.clear();
      } else {
        paragraph += line;
      }
    }
    if (!paragraph.empty()) section.elements.push_back(body(paragraph));
  }
  doc.sections.push_back(std::move(section));
  return doc;
}

struct Rendered {
  bool ok = false;
  std::string bytes;
  LineList lines;
  diag::Diagnostics diagnostics;
};

inline Rendered render(const report::Document& doc, const std::string& style_name = "case") {
  Rendered out;
  auto style = make_page_style(style_name);
  out.ok =
      render_pdf(doc, *style, product_fonts(), {1479705780, false}, out.bytes, &out.lines, out.diagnostics);
  return out;
}

}  // namespace cr::layout::testing
