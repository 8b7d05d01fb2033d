#pragma once
// The parts of a 党政机关公文 that GB/T 9704-2012 adds around its body, as [document] in
// campaign.toml gives them: the 版头 (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人),
// 主送机关, 附件, 附注 and the 版记 (抄送, 印发机关, 印发日期), and the seal's image. Every part
// is optional; a campaign without [document] has none of this.
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/source_position.hpp"

namespace cr::model {

// 附件: a narrative text, or a statistics table the report already knows, on pages of its own.
struct Attachment {
  std::string title;        // 2024年度各乡镇主要指标
  std::string narrative;    // narrative section name (narrative/<name>.md); empty when a table
  std::string table;        // "profile" or a program id; empty when a narrative
  SourcePosition position;  // of the attachment's [[document.attachments]] table
};

struct OfficialDocument {
  std::string copy_number;           // 份号: six digits, "000001"
  std::string secrecy;               // 密级: 秘密, 机密, 绝密; empty: none
  std::string secrecy_term;          // 保密期限: "1年"; only with a secrecy
  std::string urgency;               // 紧急程度: 特急, 加急
  std::vector<std::string> issuers;  // 发文机关: one, or several for a joint document
  std::string number;                // 发文字号: 绥发〔2024〕3号
  std::vector<std::string> signers;  // 签发人, for a report going up
  std::string to;                    // 主送机关, without the closing colon
  std::vector<Attachment> attachments;
  std::string note;                // 附注, in its parentheses: （此件公开发布）
  std::vector<std::string> cc;     // 抄送机关
  std::string printed_by;          // 印发机关
  std::optional<Date> printed_on;  // 印发日期
  std::string seal;                // the seal image, relative to the campaign folder: seal.png
  SourcePosition seal_at;          // where campaign.toml names it
  std::string seal_png;            // the seal image's bytes, read when the folder is checked

  // Whether the document has a 版头 (the red mark, the lines around it) and a 版记. The 版头's
  // other parts stand only with the mark (input checks it).
  bool has_masthead() const { return !issuers.empty(); }
  bool has_imprint() const { return !cc.empty() || !printed_by.empty(); }
};

}  // namespace cr::model
