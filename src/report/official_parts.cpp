#include "report/official_parts.hpp"

#include <string_view>

#include "wording/date_wording.hpp"

namespace cr::report {

Masthead masthead(const model::OfficialDocument& d) {
  // 7.2.2: the level, then ★ and the term when there is one.
  const std::string secrecy = d.secrecy_term.empty() ? d.secrecy : d.secrecy + "★" + d.secrecy_term;
  return Masthead{d.copy_number, secrecy, d.urgency, d.issuers, d.number, d.signers};
}

AttachmentList attachment_list(const model::OfficialDocument& d) {
  AttachmentList list;
  for (const model::Attachment& a : d.attachments) {
    std::string title = a.title;
    for (bool cut = true; cut;) {
      cut = false;
      for (std::string_view mark : {"。", "；", "，", "、", ".", ";", ","})
        if (title.ends_with(mark)) {
          title.erase(title.size() - mark.size());
          cut = true;
        }
    }
    list.titles.push_back(std::move(title));
  }
  return list;
}

Imprint imprint(const model::OfficialDocument& d) {
  return Imprint{d.cc, d.printed_by, d.printed_on ? wording::word_date(*d.printed_on) : std::string()};
}

}  // namespace cr::report
