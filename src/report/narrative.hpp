#pragma once
// The narrative files' small Markdown subset (docs/data-format.md): paragraphs separated by
// blank lines, **bold** lead-in phrases, "- " list items; anything else is literal text.
// Headings come from the template, so a "# " line stays text (with a warning saying so).
// Placeholders {{…}} are handed to a resolver with their exact file, line and column.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/source_position.hpp"
#include "report/document.hpp"

namespace cr::report {

// Fills one placeholder: `inner` is the text between {{ and }}, `at` the position of its first
// character (line and character column, 1-based). nullopt when it cannot be filled: the
// resolver has reported why, and the placeholder is kept as written.
using PlaceholderResolver =
    std::function<std::optional<std::string>(std::string_view inner, const model::SourcePosition& at)>;

// Paragraph and List elements of a narrative text (UTF-8, line ends \n). Lines of a paragraph are
// joined without a space (Chinese), with one space between two Latin letters or digits. Leading
// spaces and full-width indents (　　) are dropped: the page style indents. A space next to a
// Chinese character or full-width mark is dropped too (the layout sets the Han/Latin gap);
// spaces between Latin words stay, one each. Without a resolver, placeholders stay as written.
std::vector<Element> parse_narrative(std::string_view text, const std::string& file,
                                   diag::Diagnostics& diagnostics, const PlaceholderResolver& resolve = {});

// A filled-in value's spaces as the report text keeps them: one between two Chinese characters
// ("中共清源县委 清源县人民政府", organs issuing together) becomes an ideographic space, which
// the dropping of typed spaces next to Chinese leaves alone; others stay.
std::string keep_value_spaces(const std::string& value);

// Runs of one line of template or narrative text: **bold** and placeholders as above.
// `at` is the position of text[0].
std::vector<Run> parse_inline(std::string_view text, const model::SourcePosition& at,
                              diag::Diagnostics& diagnostics, const PlaceholderResolver& resolve = {});

}  // namespace cr::report
