#pragma once
// Why a piece of user input was refused, in both message languages; the caller adds the place.
#include <string>
#include <variant>

namespace cr::input {

struct Problem {
  std::string zh, en;
};

// A parsed value or the reason it could not be parsed.
template <typename T>
using Outcome = std::variant<T, Problem>;

template <typename T>
const Problem* problem_of(const Outcome<T>& outcome) {
  return std::get_if<Problem>(&outcome);
}

}  // namespace cr::input
