#pragma once
// The one JSON writer of every --json line: nlohmann-json objects, keys in the order written,
// UTF-8 kept as it is, and bytes that are not UTF-8 (a table's damaged cell, a file name)
// replaced by U+FFFD, so that every line is valid JSON whatever the data holds.
#include <string>

#include <nlohmann/json.hpp>

namespace cr::diag {

using Json = nlohmann::ordered_json;

// `object` as one line of JSON, without the line end.
std::string json_line(const Json& object);

// A string, or null when it is empty.
Json string_or_null(const std::string& text);

}  // namespace cr::diag
