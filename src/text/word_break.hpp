#pragma once
// Where a title or heading may break: between words only (GB/T 9704 7.3.1 asks that a title's
// lines keep the meaning of each word whole). ICU's dictionary-based word break iterator finds
// the Chinese word boundaries (人民政府 stays whole); its dictionary splits proper names
// (中共|清|源|县|委), so the caller's names are kept whole as well. Body text breaks by
// line_break.hpp alone.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cr::text {

// One entry per code point of `text`: true when a word ends after it, and that end is not
// inside an occurrence of one of `names`. The last entry is true. When ICU cannot give word
// boundaries (its data missing), every end outside the names is a word end.
// Example: U"中共清源县委　清源县人民政府" with names {U"中共清源县委", U"清源县人民政府"}
// ends words after 委 and after 　 only.
std::vector<bool> word_ends(std::u32string_view text, std::span<const std::u32string> names);

// The names a campaign's own words are made of: `text` split at spaces (ASCII or ideographic),
// so that "中共清源县委　清源县人民政府" gives both organisations.
std::vector<std::u32string> split_names(std::string_view text);

}  // namespace cr::text
