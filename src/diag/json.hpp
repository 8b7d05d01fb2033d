#pragma once
// The little JSON every machine-readable output needs: escaped strings, no library.
#include <string>
#include <string_view>

namespace cr::diag {

// A JSON string literal, quotes included; non-ASCII UTF-8 passes through unescaped.
std::string json_string(std::string_view text);

}  // namespace cr::diag
