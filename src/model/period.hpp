#pragma once
// The time a record covers: a day, month, quarter, year, a range of those, or the whole
// campaign (the seed's "两年来"). Stored as an inclusive date interval plus how it was written.
#include <cstdint>
#include <optional>
#include <string>

#include "model/date.hpp"

namespace cr::model {

enum class Granularity : std::uint8_t { whole_campaign, year, quarter, month, day, range };

struct Period {
  Granularity granularity = Granularity::whole_campaign;
  Date first;  // inclusive; unset for whole_campaign
  Date last;   // inclusive

  static Period whole_campaign() { return {}; }
  static Period year(int y);
  static Period quarter(int y, int q);
  static Period month(int y, int m);
  static Period day(const Date& d);
  // A range A/B of two periods; nullopt when B ends before A starts.
  static std::optional<Period> range(const Period& from, const Period& to);

  bool is_whole_campaign() const { return granularity == Granularity::whole_campaign; }
  // Whether this period lies wholly inside `outer` (every period lies inside the whole campaign).
  bool within(const Period& outer) const;
  bool overlaps(const Period& other) const;
  // Canonical text: "", "2015", "2015-Q1", "2015-03", "2015-03-01", "2015-01/2015-06".
  std::string canonical() const;

  friend bool operator==(const Period&, const Period&) = default;
};

}  // namespace cr::model
