#include "xlsx/properties.hpp"

#include "output/document_date.hpp"

namespace cr::xlsx {
namespace {

char* c_string(std::string& text) { return text.data(); }

}  // namespace

void fill_document_properties(DocumentProperties& properties, const model::Campaign& campaign,
                              std::optional<std::int64_t> source_date_epoch) {
  properties.title = campaign.title + " 统计工作簿";
  properties.subject = campaign.short_name.empty() ? campaign.title : campaign.short_name;
  properties.author = campaign.organization;
  properties.company = campaign.organization;
  properties.category = "统计报表";
  properties.keywords = "统计,汇总,明细";
  for (const model::Program& program : campaign.programs) properties.keywords += "," + program.name;
  if (!campaign.region.empty()) properties.keywords += "," + campaign.region;
  properties.comments = "由活动数据生成，数值以各指标计量单位计。";

  lxw_doc_properties& fields = properties.fields;
  fields.title = c_string(properties.title);
  fields.subject = c_string(properties.subject);
  fields.author = c_string(properties.author);
  fields.company = c_string(properties.company);
  fields.category = c_string(properties.category);
  fields.keywords = c_string(properties.keywords);
  fields.comments = c_string(properties.comments);
  fields.created = static_cast<std::time_t>(output::document_time(campaign, source_date_epoch));
}

}  // namespace cr::xlsx
