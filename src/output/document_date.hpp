#pragma once
// The dates both outputs state, by one rule each, so that the PDF and the workbook never differ:
// - 数据截至, the date the figures stand at, printed in the workbook (and wherever the report
//   states it);
// - the document's own date, the day the outputs are issued, which becomes their time stamp
//   (the PDF's CreationDate and XMP dates, the workbook's created property).
#include <cstdint>
#include <optional>

#include "model/campaign.hpp"

namespace cr::output {

// [report] as_of when given; else the last day of the latest record's period (records of the
// whole campaign have no date of their own); else the campaign's end.
model::Date data_as_of(const model::Campaign& campaign);

// The day the outputs are issued: [campaign] published, else the campaign's end.
model::Date document_date(const model::Campaign& campaign);

// The time stamp of every output: SOURCE_DATE_EPOCH when given, else midnight China Standard
// Time of document_date(). Never the wall clock.
std::int64_t document_time(const model::Campaign& campaign, std::optional<std::int64_t> source_date_epoch);

}  // namespace cr::output
