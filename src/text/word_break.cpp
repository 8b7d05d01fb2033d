#include "text/word_break.hpp"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "text/utf8.hpp"

namespace cr::text {
namespace {

// The word break iterator, made once per thread (ICU loads its Chinese dictionary then): titles
// and headings ask again and again. An iterator holds the text it walks, so threads making
// reports at once (build --per-unit --jobs) each need their own. Null when ICU's data cannot be
// found.
icu::BreakIterator* word_iterator() {
  thread_local const std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return iterator.get();
}

bool is_space(char32_t cp) { return cp == U' ' || cp == U'\u3000' || cp == U'\t'; }

}  // namespace

std::vector<bool> word_ends(std::u32string_view text, std::span<const std::u32string> names) {
  std::vector<bool> ends(text.size(), true);
  if (text.empty()) return ends;
  if (icu::BreakIterator* iterator = word_iterator()) {
    std::fill(ends.begin(), ends.end(), false);
    // ICU counts UTF-16 units: the code point that ends at each unit offset.
    std::vector<std::size_t> ending_at(2 * text.size() + 1, SIZE_MAX);
    std::size_t units = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      units += text[i] >= 0x10000 ? 2 : 1;
      ending_at[units] = i;
    }
    const icu::UnicodeString string =
        icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
    iterator->setText(string);
    for (int32_t at = iterator->next(); at != icu::BreakIterator::DONE; at = iterator->next())
      if (static_cast<std::size_t>(at) < ending_at.size() && ending_at[static_cast<std::size_t>(at)] != SIZE_MAX)
        ends[ending_at[static_cast<std::size_t>(at)]] = true;
  }
  for (const std::u32string& name : names) {
    if (name.size() < 2) continue;
    for (std::size_t at = text.find(name); at != std::u32string_view::npos; at = text.find(name, at + 1))
      for (std::size_t i = at; i + 1 < at + name.size(); ++i) ends[i] = false;
  }
  ends.back() = true;
  return ends;
}

std::vector<std::u32string> split_names(std::string_view text) {
  std::vector<std::u32string> names(1);
  for (char32_t cp : decode(text)) {
    if (!is_space(cp))
      names.back().push_back(cp);
    else if (!names.back().empty())
      names.emplace_back();
  }
  if (names.back().empty()) names.pop_back();
  return names;
}

}  // namespace cr::text
