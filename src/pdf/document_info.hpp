#pragma once
// What a PDF says about itself (the Info dictionary) and the fixed time it is stamped with.
// No wall clock: the time comes from the caller (SOURCE_DATE_EPOCH, else the campaign data), so
// the same inputs give the same bytes. Dates shown to people are China Standard Time (UTC+8).
#include <cstdint>
#include <string>

namespace cr::pdf {

struct DocumentInfo {
  std::string title, author, subject, keywords;  // UTF-8, Chinese welcome
  std::string creator = "campaign-report";
  std::int64_t timestamp = 0;  // seconds since 1970-01-01 UTC: CreationDate and ModDate
};

// "D:20161121132300+08'00'" for a time in seconds since the epoch, in China Standard Time.
std::string pdf_date(std::int64_t seconds_since_epoch);
// "2016-11-21T13:23:00+08:00": the same instant in XMP's ISO 8601 form.
std::string iso_date(std::int64_t seconds_since_epoch);

}  // namespace cr::pdf
