#pragma once
// 数据截至: the date the workbook's figures stand at.
#include "model/campaign.hpp"

namespace cr::xlsx {

// [report] as_of when given; else the last day of the latest record's period (records of the
// whole campaign have no date of their own); else the campaign's end.
model::Date data_as_of(const model::Campaign& campaign);

}  // namespace cr::xlsx
