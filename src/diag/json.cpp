#include "diag/json.hpp"

namespace cr::diag {

std::string json_line(const Json& object) {
  return object.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json string_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

}  // namespace cr::diag
