#include <doctest/doctest.h>

#include <string>

#include "input/campaign_loader.hpp"
#include "input/document_section.hpp"
#include "loaded_campaign.hpp"
#include "temp_folder.hpp"

using namespace cr;

namespace {

// A campaign whose campaign.toml ends with `document` (from line 12 on).
Loaded load_with(const TempFolder& folder, std::string_view document) {
  folder.write("campaign.toml", std::string(one_program_manifest) + "\n" + std::string(document));
  folder.write("indicators.csv", "指标编码,指标名称,计量单位,所属工程\nvisits,走访,人,p1\n");
  folder.write("records.csv", "指标,数值\nvisits,3\n");
  return load(folder);
}

}  // namespace

TEST_CASE("[document]: every part read as written, with the standard's forms") {
  TempFolder folder;
  folder.write("narrative/attachment-1.md", "附件正文。\n");
  folder.write("seal.png", std::string("\x89PNG\r\n\x1a\n", 8) + "rest");
  const Loaded l = load_with(folder, R"([document]
copy_number = 12
secrecy = "秘密"
secrecy_term = "1年"
urgency = "特急"
issuers = ["中共绥棱县委", "绥棱县人民政府"]
number = "绥发〔2024〕3号"
signers = ["张三", "李四"]
to = "中共绥化市委："
note = "此件公开发布"
cc = ["市委办公室", "市政府办公室"]
printed_by = "中共绥棱县委办公室"
printed_on = 2024-12-30
seal = "seal.png"

[[document.attachments]]
title = "基本情况统计表"
table = "profile"

[[document.attachments]]
title = "一号工程指标"
table = "p1"

[[document.attachments]]
title = "典型做法"
narrative = "attachment-1"
)");
  CHECK(l.diagnostics.empty());
  REQUIRE(l.campaign);
  REQUIRE(l.campaign->document);
  const model::OfficialDocument& d = *l.campaign->document;
  CHECK(d.copy_number == "000012");
  CHECK(d.secrecy == "秘密");
  CHECK(d.secrecy_term == "1年");
  CHECK(d.urgency == "特急");
  CHECK(d.issuers == std::vector<std::string>{"中共绥棱县委", "绥棱县人民政府"});
  CHECK(d.number == "绥发〔2024〕3号");
  CHECK(d.signers.size() == 2);
  CHECK(d.to == "中共绥化市委");
  CHECK(d.note == "（此件公开发布）");
  CHECK(d.cc.size() == 2);
  CHECK(d.printed_by == "中共绥棱县委办公室");
  CHECK(d.printed_on->iso() == "2024-12-30");
  CHECK(d.seal == "seal.png");
  CHECK(d.seal_png == std::string("\x89PNG\r\n\x1a\n", 8) + "rest");  // read for the report to draw
  REQUIRE(d.attachments.size() == 3);
  CHECK(d.attachments[0].table == "profile");
  CHECK(d.attachments[1].table == "p1");
  CHECK(d.attachments[2].narrative == "attachment-1");
  CHECK(d.has_masthead());
  CHECK(d.has_imprint());
  CHECK(l.campaign->find_narrative("attachment-1") != nullptr);  // known, so no unknown-narrative
}

TEST_CASE("no [document]: the campaign has none") {
  TempFolder folder;
  const Loaded l = load_with(folder, "");
  CHECK(l.diagnostics.empty());
  REQUIRE(l.campaign);
  CHECK_FALSE(l.campaign->document);
}

TEST_CASE("[document]: each wrong value is an error at its line and column") {
  TempFolder folder;
  const Loaded l = load_with(folder, R"([document]
copy_number = "12"
secrecy = "内部"
urgency = "急"
number = "绥发[2024]3号"
issuers = ["绥棱县人民政府文件"]
secrecy_term = "1年"
printed_on = 2024-12-30
)");
  const auto bad = l.with("bad-value");
  REQUIRE(bad.size() == 7);
  CHECK(bad[0].line == 13);
  CHECK(bad[0].column == 15);
  CHECK(bad[0].message_zh.find("六位") != std::string::npos);
  CHECK(bad[1].line == 14);
  CHECK(bad[1].message_zh.find("秘密、机密、绝密") != std::string::npos);
  CHECK(bad[2].line == 15);
  CHECK(bad[3].line == 16);
  CHECK(bad[3].message_zh.find("六角括号") != std::string::npos);
  CHECK(bad[4].line == 17);
  CHECK(bad[4].message_zh.find("文件") != std::string::npos);
  CHECK(bad[5].line == 18);  // a term without a level
  CHECK(bad[6].line == 19);  // a date without its printer
  REQUIRE(l.campaign->document);
  CHECK(l.campaign->document->number.empty());
  CHECK_FALSE(l.campaign->document->printed_on);
}

TEST_CASE("[document]: signers need the number; attachments name one source that exists") {
  TempFolder folder;
  const Loaded l = load_with(folder, R"([document]
signers = "张三"
colour = "red"

[[document.attachments]]
title = "缺文件"
narrative = "attachment-9"

[[document.attachments]]
title = "两个来源"
narrative = "attachment-1"
table = "profile"

[[document.attachments]]
title = "未知表"
table = "p9"
)");
  const auto bad = l.with("bad-value");
  REQUIRE(bad.size() == 3);
  CHECK(bad[0].line == 13);
  CHECK(bad[0].message_zh.find("发文字号") != std::string::npos);
  CHECK(bad[1].line == 20);
  CHECK(bad[2].line == 27);
  CHECK(bad[2].message_zh.find("p9") != std::string::npos);
  const auto missing = l.with("missing-file");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].line == 16);
  CHECK(missing[0].message_zh.find("narrative/attachment-9.md") != std::string::npos);
  const auto unknown = l.with("unknown-key");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].line == 14);
}

TEST_CASE("[document]: a seal must be a PNG inside the folder") {
  TempFolder folder;
  folder.write("seal.png", "GIF89a");
  const Loaded l = load_with(folder, "[document]\nseal = \"seal.png\"\n");
  CHECK(l.with("bad-image").size() == 1);
  TempFolder other;
  const Loaded m = load_with(other, "[document]\nseal = \"seal.png\"\n");
  const auto missing = m.with("missing-file");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].line == 13);
  CHECK(missing[0].column == 8);
}

TEST_CASE("发文字号 as GB/T 9704 writes it") {
  CHECK(input::valid_document_number("绥发〔2024〕3号"));
  CHECK(input::valid_document_number("绥政办发〔2024〕112号"));
  CHECK_FALSE(input::valid_document_number("〔2024〕3号"));
  CHECK_FALSE(input::valid_document_number("绥发〔2024〕03号"));
  CHECK_FALSE(input::valid_document_number("绥发（2024）3号"));
  CHECK_FALSE(input::valid_document_number("绥发〔24〕3号"));
  CHECK_FALSE(input::valid_document_number("绥发〔2024〕3"));
  CHECK_FALSE(input::valid_document_number("绥发〔2024〕号"));
}

TEST_CASE("[document]: the 版头's parts stand only with the issuers") {
  TempFolder folder;
  const Loaded l = load_with(folder, "[document]\nnumber = \"绥发〔2024〕3号\"\n");
  const auto bad = l.with("bad-value");
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].line == 13);
  CHECK(bad[0].message_zh.find("issuers") != std::string::npos);
  REQUIRE(l.campaign->document);
  CHECK_FALSE(l.campaign->document->has_masthead());
}
