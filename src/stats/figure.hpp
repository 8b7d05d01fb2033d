#pragma once
// What a statistics question answers: a figure (a Quantity and how many records made it), or
// the reason there is none. Callers word the reason; they never invent a figure.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "model/quantity.hpp"

namespace cr::stats {

struct Figure {
  model::Quantity quantity;      // exact value in the indicator's unit, qualifier, written scale
  std::size_t record_count = 0;  // records that went into it
};

// Why a question has no figure.
enum class Absence : std::uint8_t {
  none,               // there is a figure
  no_records,         // no record of the indicator for that unit and period
  unknown_indicator,  // no indicator with that id
  unknown_unit,       // no unit with that id
  not_aggregable,     // aggregate `none` and more than one record matches
};

struct Lookup {
  std::optional<Figure> figure;
  Absence absence = Absence::no_records;

  static Lookup found(Figure f) { return {std::move(f), Absence::none}; }
  static Lookup missing(Absence why) { return {std::nullopt, why}; }
  explicit operator bool() const { return figure.has_value(); }
  const Figure& operator*() const { return *figure; }
  const Figure* operator->() const { return &*figure; }
};

}  // namespace cr::stats
