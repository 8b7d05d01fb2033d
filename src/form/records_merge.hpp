#pragma once
// Puts collected figures into the campaign's records: records.csv when the campaign keeps its
// records there, else collected-records.csv beside the office's workbook (which is never
// rewritten). A unit's collected rows replace the rows the target already holds for that unit
// and the form's indicators and periods, so that collecting a corrected form again never counts a
// figure twice. The earlier file is kept as <target>.bak; both are written atomically.
#include <cstddef>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "form/form_plan.hpp"
#include "form/form_return.hpp"
#include "model/campaign.hpp"

namespace cr::form {

inline constexpr const char* collected_file = "collected-records.csv";

struct MergeResult {
  std::string target;       // "records.csv" or "collected-records.csv"
  bool into_records = false;
  bool backed_up = false;   // <target>.bak holds the earlier file
  std::size_t added = 0;    // rows written from the forms
  std::size_t replaced = 0; // rows of the same units, indicators and periods taken out
  std::set<std::size_t> answered;  // units (indices) the target now holds a figure of the form for
};

// The file collect writes for `campaign`: records.csv when the records are a CSV table.
std::string merge_target(const model::Campaign& campaign);

// Merges `returns` into the target in campaign.folder. False, with diagnostics, when the target
// cannot be read or written; the files are then as they were.
bool merge_returns(const model::Campaign& campaign, const FormPlan& plan, const std::vector<FormReturn>& returns,
                   MergeResult& result, diag::Diagnostics& diagnostics);

}  // namespace cr::form
