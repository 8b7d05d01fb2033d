#include <doctest/doctest.h>

#include "model/campaign.hpp"

// A million records must fit in well under 100 MB (the workbook's scale target).
TEST_CASE("a record stays small") {
  CHECK(sizeof(cr::model::Record) <= 48);
  CHECK(sizeof(cr::model::Date) == 4);
}
