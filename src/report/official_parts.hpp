#pragma once
// The parts of a 公文 around its body, from [document] (model/official_document.hpp) as Document
// elements: the 版头, 主送机关, 附件说明, 附注 and 版记 (GB/T 9704-2012 7.2-7.4). The builder puts
// them in their places; a page style that does not set a 公文 leaves them out.
#include "model/official_document.hpp"
#include "report/document.hpp"

namespace cr::report {

Masthead masthead(const model::OfficialDocument& d);
// The attachments' titles in their order, without a mark at the end (7.3.4: 附件名称后不加标点符号);
// the 附件说明 numbers them when there are several.
AttachmentList attachment_list(const model::OfficialDocument& d);
// 印发日期 worded as the standard writes it: 2024年12月30日.
Imprint imprint(const model::OfficialDocument& d);

}  // namespace cr::report
