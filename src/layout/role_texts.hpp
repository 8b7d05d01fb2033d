#pragma once
// Which font role sets which text of a report: the layout's own answer. A page style gives each
// piece of a Document a TextKind and each kind a TextStyle (a role, and a bold role for **bold**
// runs); the blocks check every text they set through SetTexts, so the texts it keeps are exactly
// what each role sets. `fonts` lists and checks them with role_texts(), the layout in building.
#include <string>
#include <vector>

#include "font/role_fonts.hpp"
#include "font/uncovered.hpp"
#include "layout/page_style.hpp"
#include "layout/text_style.hpp"
#include "model/source_position.hpp"
#include "report/document.hpp"

namespace cr::layout {

// A text the layout sets in `role`, and where it came from: the narrative file and line of its
// paragraph, or no file for a text the template or the style made (a title, a heading's label).
struct RoleText {
  font::Role role = font::Role::body;
  std::string text;
  model::SourcePosition origin;
};

// The texts of one Document's blocks, checked for faces as the blocks are made.
class SetTexts {
 public:
  // `kept`, when given, receives every run checked, with the role that sets it.
  SetTexts(const font::FontSet& fonts, std::vector<RoleText>* kept) : fonts_(fonts), kept_(kept) {}

  // Checks `runs`, set in `style`: their characters no face of their role covers join missing().
  void check(const std::vector<report::Run>& runs, const TextStyle& style, const model::SourcePosition& origin = {});
  // The characters found since the last take, each with its byte offset in its text.
  std::vector<font::MissingCharacter> take_missing();

 private:
  const font::FontSet& fonts_;
  std::vector<RoleText>* kept_;
  std::vector<font::MissingCharacter> missing_;
};

// Every text `document` puts on its pages in `style` with `fonts`, in order, each with the role
// that sets it (runs of one paragraph in different roles are texts of their own), and the page
// number's. A chart's caption is one text; its labels (categories, series names and the digits
// of its numbers) are another.
std::vector<RoleText> role_texts(const report::Document& document, const PageStyle& style,
                                 const font::FontSet& fonts);

}  // namespace cr::layout
