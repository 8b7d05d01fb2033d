#include "xlsx/sheet_name.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace cr::xlsx {
namespace {

// Excel forbids these in sheet names; the full-width forms read the same to a Chinese user.
char32_t allowed_form(char32_t cp) {
  switch (cp) {
    case U'[':
      return U'［';
    case U']':
      return U'］';
    case U':':
      return U'：';
    case U'*':
      return U'＊';
    case U'?':
      return U'？';
    case U'/':
      return U'／';
    case U'\\':
      return U'＼';
    default:
      return cp < 0x20 ? U' ' : cp;  // control characters cannot be typed in Excel
  }
}

std::u32string cleaned(std::string_view wanted) {
  std::u32string name = text::decode(text::trim(wanted));
  for (char32_t& cp : name) cp = allowed_form(cp);
  while (!name.empty() && name.front() == U'\'') name.erase(name.begin());
  while (!name.empty() && name.back() == U'\'') name.pop_back();
  if (name.empty()) name = U"工作表";
  return name;
}

// Excel compares sheet names ignoring case (of ASCII letters, for our purposes).
std::u32string folded(std::u32string name) {
  for (char32_t& cp : name)
    if (cp >= U'A' && cp <= U'Z') cp += U'a' - U'A';
  return name;
}

bool is_taken(const std::u32string& name, const std::vector<std::string>& taken) {
  const std::u32string key = folded(name);
  if (key == U"history") return true;  // reserved by Excel for change tracking
  return std::any_of(taken.begin(), taken.end(),
                     [&](const std::string& other) { return folded(text::decode(other)) == key; });
}

std::u32string with_suffix(const std::u32string& base, int number) {
  const std::u32string suffix = text::decode(fmt::format("({})", number));
  const std::size_t room = max_sheet_name_length - suffix.size();
  return base.substr(0, room) + suffix;
}

}  // namespace

std::string fit_sheet_name(std::string_view wanted, const std::vector<std::string>& taken) {
  std::u32string base = cleaned(wanted);
  if (base.size() > max_sheet_name_length) base.resize(max_sheet_name_length);
  std::u32string name = base;
  for (int number = 2; is_taken(name, taken); ++number) name = with_suffix(base, number);
  return text::encode(name);
}

}  // namespace cr::xlsx
