#include "input/document_section.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <utility>

#include <fmt/format.h>

#include "input/manifest.hpp"
#include "input/manifest_table.hpp"
#include "input/safe_path.hpp"

namespace cr::input {
namespace {

constexpr const char* file_name = "campaign.toml";

bool ascii_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// 份号: six digits (7.2.1). An integer is written with its leading zeros (1 is 000001).
void read_copy_number(TableReader& t, const toml::table& table, model::OfficialDocument& d) {
  const toml::node* node = table.get("copy_number");
  if (node == nullptr) return;
  if (const auto* i = node->as_integer()) {
    if (i->get() >= 1 && i->get() <= 999999)
      d.copy_number = fmt::format("{:06d}", i->get());
    else
      t.invalid("copy_number", "份号应为 1 至 999999，印出时补足六位（如 000001）",
                "the copy number is 1 to 999999, printed with six digits (000001)");
    return;
  }
  const auto v = t.string("copy_number");
  if (!v) return;
  if (v->size() == 6 && ascii_digits(*v) && *v != "000000")
    d.copy_number = *v;
  else
    t.invalid("copy_number", fmt::format("份号“{}”应为六位阿拉伯数字，如 \"000001\"", *v),
              fmt::format("the copy number '{}' must be six digits, such as \"000001\"", *v));
}

// One of the standard's words for a value, or an error naming them.
std::string one_of(TableReader& t, std::string_view key, std::initializer_list<std::string_view> words,
                   std::string_view what_zh, std::string_view what_en) {
  const auto v = t.string(key);
  if (!v || v->empty()) return {};
  for (std::string_view w : words)
    if (*v == w) return *v;
  std::string list;
  for (std::string_view w : words) list += (list.empty() ? "" : "、") + std::string(w);
  t.invalid(key, fmt::format("{}“{}”不是 GB/T 9704 的写法；可用：{}", what_zh, *v, list),
            fmt::format("the {} '{}' is not one GB/T 9704 knows; use {}", what_en, *v, list));
  return {};
}

// The year of a 发文字号 in brackets other than 〔〕: [2024], (2024), （2024）, 【2024】, ［2024］.
bool year_in_other_brackets(std::string_view number) {
  static constexpr std::array<std::string_view, 7> opens{"[", "(", "（", "【", "［", "〈", "﹝"};
  for (std::string_view open : opens) {
    const auto at = number.find(open);
    if (at != std::string_view::npos && ascii_digits(number.substr(at + open.size(), 4))) return true;
  }
  return false;
}

void read_number(TableReader& t, model::OfficialDocument& d) {
  const auto v = t.string("number");
  if (!v || v->empty()) return;
  if (valid_document_number(*v)) {
    d.number = *v;
    return;
  }
  const auto close = v->find("〕");
  const std::string_view serial =
      close == std::string::npos ? std::string_view() : std::string_view(*v).substr(close + 3);
  if (year_in_other_brackets(*v) && v->find("〔") == std::string::npos)
    t.invalid("number", fmt::format("发文字号“{}”的年份应放在六角括号〔〕中，如 绥发〔2024〕3号", *v),
              fmt::format("the document number '{}' puts its year in 六角括号 〔〕: 绥发〔2024〕3号", *v));
  else if (serial.starts_with("0"))
    t.invalid("number", fmt::format("发文字号“{}”的序号不编虚位（不写 01、003），如 绥发〔2024〕3号", *v),
              fmt::format("the document number '{}' has a leading zero; write 绥发〔2024〕3号", *v));
  else
    t.invalid("number", fmt::format("发文字号“{}”应写成 机关代字〔年份〕序号号，如 绥发〔2024〕3号", *v),
              fmt::format("the document number '{}' must read 代字〔year〕serial号, as 绥发〔2024〕3号", *v));
}

// A list whose every name is filled.
std::vector<std::string> names(TableReader& t, std::string_view key, std::string_view what_zh,
                               std::string_view what_en) {
  auto v = t.string_list(key);
  if (!v) return {};
  for (const std::string& name : *v)
    if (name.empty()) {
      t.invalid(key, fmt::format("{}不能为空", what_zh), fmt::format("a {} must not be empty", what_en));
      return {};
    }
  return std::move(*v);
}

void read_issuers(TableReader& t, model::OfficialDocument& d) {
  d.issuers = names(t, "issuers", "发文机关名称", "issuer's name");
  for (const std::string& issuer : d.issuers)
    if (issuer.ends_with("文件")) {
      t.invalid("issuers", fmt::format("发文机关“{}”只写机关名称：版头的“文件”二字由报告加上", issuer),
                fmt::format("the issuer '{}' is the organ's name only: the masthead adds 文件", issuer));
      d.issuers.clear();
      return;
    }
}

std::string without_colon(std::string text) {
  for (std::string_view colon : {"：", ":"})
    if (text.ends_with(colon)) text.erase(text.size() - colon.size());
  return text;
}

// 附注 is set in parentheses (7.3.7): （此件公开发布）.
std::string in_parentheses(const std::string& note) {
  if (note.empty() || (note.starts_with("（") && note.ends_with("）"))) return note;
  return "（" + note + "）";
}

std::optional<model::Attachment> read_attachment(const toml::node& item, const model::Campaign& c,
                                                 diag::Diagnostics& diagnostics) {
  TableReader t(*item.as_table(), "document.attachments", diagnostics);
  model::Attachment a;
  a.position = {file_name, line_of(item), column_of(item)};
  const auto title = t.string("title", true);
  const auto narrative = t.string("narrative");
  const auto table = t.string("table");
  t.warn_unknown({"title", "narrative", "table"});
  if (!title) return std::nullopt;
  a.title = *title;
  if (narrative.has_value() == table.has_value()) {
    diagnostics.error(
        file_name, a.position.line, a.position.column, "bad-value",
        fmt::format("附件“{}”应给出 narrative（叙述文字）或 table（统计表）二者之一", a.title),
        fmt::format("the attachment '{}' takes either narrative or table, one of them", a.title));
    return std::nullopt;
  }
  if (narrative) {
    if (!safe_stem(*narrative)) {
      t.invalid("narrative", "附件的叙述文字写 narrative/ 中的文件名（不含 .md），不能含有 / \\ 等字符",
                "an attachment's narrative is a file name of narrative/ without .md, with no / or \\");
      return std::nullopt;
    }
    a.narrative = *narrative;
  } else if (*table == "profile" || c.find_program(*table) != nullptr) {
    a.table = *table;
  } else {
    t.invalid("table", fmt::format("没有“{}”这张统计表；可用 profile（基本情况）或某个工程的编码", *table),
              fmt::format("no statistics table '{}'; use profile or a program's id", *table));
    return std::nullopt;
  }
  return a;
}

void read_attachments(const toml::table& table, const model::Campaign& c, model::OfficialDocument& d,
                      diag::Diagnostics& diagnostics) {
  const toml::node* node = table.get("attachments");
  if (node == nullptr) return;
  const toml::array* list = node->as_array();
  if (list == nullptr || !list->is_array_of_tables()) {
    report_wrong_type(*node, "document.attachments", "array of tables", diagnostics);
    return;
  }
  for (const toml::node& item : *list)
    if (auto a = read_attachment(item, c, diagnostics)) d.attachments.push_back(std::move(*a));
}

// Parts that stand only with another: 保密期限 with 密级, 签发人 with 发文字号, 印发 with its date.
void check_pairs(TableReader& t, model::OfficialDocument& d) {
  if (!d.secrecy_term.empty() && d.secrecy.empty()) {
    t.invalid("secrecy_term", "有保密期限就要有密级（secrecy）", "a secrecy term needs a secrecy level");
    d.secrecy_term.clear();
  }
  if (!d.signers.empty() && d.number.empty()) {
    t.invalid("signers", "签发人与发文字号同行，要写签发人就要写发文字号（number）",
              "the signers stand on the document number's line: give the number too");
    d.signers.clear();
  }
  if (!d.printed_by.empty() && !d.printed_on)
    t.invalid("printed_by", "印发机关和印发日期同行，缺少 printed_on（印发日期）",
              "the printer and the printing date share a line: printed_on is missing");
  if (d.printed_by.empty() && d.printed_on)
    t.invalid("printed_on", "印发日期和印发机关同行，缺少 printed_by（印发机关）",
              "the printing date and the printer share a line: printed_by is missing");
  const std::pair<std::string_view, const std::string*> masthead_parts[] = {{"copy_number", &d.copy_number},
                                                                            {"secrecy", &d.secrecy},
                                                                            {"urgency", &d.urgency},
                                                                            {"number", &d.number}};
  for (const auto& [key, value] : masthead_parts)
    if (d.issuers.empty() && !value->empty()) {  // the first one given carries the message
      t.invalid(
          key, "份号、密级、紧急程度和发文字号是版头的要素，版头要有发文机关（issuers）",
          "the copy number, secrecy, urgency and document number belong to the masthead: give the issuers");
      break;
    }
  if (d.printed_by.empty() != !d.printed_on) {
    d.printed_by.clear();
    d.printed_on.reset();
  }
}

}  // namespace

bool valid_document_number(std::string_view number) {
  const auto open = number.find("〔");
  if (open == 0 || open == std::string_view::npos) return false;
  std::string_view rest = number.substr(open + 3);  // 〔 is three bytes
  if (rest.size() < 4 || !ascii_digits(rest.substr(0, 4)) || !rest.substr(4).starts_with("〕")) return false;
  rest = rest.substr(4 + 3);
  if (!rest.ends_with("号")) return false;
  const std::string_view serial = rest.substr(0, rest.size() - 3);
  return ascii_digits(serial) && serial[0] != '0';
}

void read_document(const toml::table& root, model::Campaign& campaign, diag::Diagnostics& diagnostics) {
  const toml::node* node = root.get("document");
  if (node == nullptr) return;
  if (!node->is_table()) {
    report_wrong_type(*node, "document", "table", diagnostics);
    return;
  }
  const toml::table& table = *node->as_table();
  TableReader t(table, "document", diagnostics);
  model::OfficialDocument d;
  read_copy_number(t, table, d);
  d.secrecy = one_of(t, "secrecy", {"秘密", "机密", "绝密"}, "密级", "secrecy level");
  if (auto v = t.string("secrecy_term")) d.secrecy_term = *v;
  d.urgency = one_of(t, "urgency", {"特急", "加急"}, "紧急程度", "urgency");
  read_issuers(t, d);
  read_number(t, d);
  d.signers = names(t, "signers", "签发人姓名", "signer's name");
  if (auto v = t.string("to")) d.to = without_colon(*v);
  read_attachments(table, campaign, d, diagnostics);
  if (auto v = t.string("note")) d.note = in_parentheses(*v);
  d.cc = names(t, "cc", "抄送机关名称", "copied organ's name");
  if (auto v = t.string("printed_by")) d.printed_by = *v;
  if (auto v = t.date("printed_on")) d.printed_on = *v;
  if (auto v = t.string("seal"); v && !v->empty()) {
    d.seal = *v;
    const toml::node* seal = table.get("seal");
    d.seal_at = {file_name, line_of(*seal), column_of(*seal)};
  }
  check_pairs(t, d);
  t.warn_unknown({"copy_number", "secrecy", "secrecy_term", "urgency", "issuers", "number", "signers", "to",
                  "attachments", "note", "cc", "printed_by", "printed_on", "seal"});
  campaign.document = std::move(d);
}

namespace {

bool png_signature(const std::filesystem::path& file) {
  static constexpr std::array<unsigned char, 8> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  std::array<char, 8> head{};
  std::ifstream in(file, std::ios::binary);
  if (!in.read(head.data(), head.size())) return false;
  for (std::size_t i = 0; i < png.size(); ++i)
    if (static_cast<unsigned char>(head[i]) != png[i]) return false;
  return true;
}

constexpr std::uintmax_t largest_seal = 8 << 20;  // bytes: a seal's PNG is a few hundred kilobytes

// The seal's bytes, for the report to draw; a file that is no PNG or is too large is an error.
void read_seal(const std::filesystem::path& root, model::OfficialDocument& d,
               diag::Diagnostics& diagnostics) {
  if (d.seal.empty()) return;
  const ResolvedPath seal = resolve_inside(root, d.seal);
  if (seal.status == PathStatus::missing) {
    diagnostics.error(file_name, d.seal_at.line, d.seal_at.column, "missing-file",
                      fmt::format("印章图片“{}”不在活动目录中", d.seal),
                      fmt::format("the seal image '{}' is not in the campaign folder", d.seal));
    return;
  }
  if (!report_unsafe(seal, d.seal, diagnostics)) return;
  if (!png_signature(seal.path)) {
    diagnostics.error(d.seal, 0, 0, "bad-image", "印章图片应为 PNG 格式（最好是透明底的红色印章）",
                      "the seal image must be a PNG (a red seal on a transparent ground is best)");
    return;
  }
  std::error_code error;
  if (std::filesystem::file_size(seal.path, error) > largest_seal || error) {
    diagnostics.error(d.seal, 0, 0, "bad-image", "印章图片超过 8 MB，请缩小后再用",
                      "the seal image is larger than 8 MB: make it smaller");
    return;
  }
  std::ifstream in(seal.path, std::ios::binary);
  d.seal_png.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

void check_document_files(const std::filesystem::path& root, model::Campaign& campaign,
                          diag::Diagnostics& diagnostics) {
  if (!campaign.document) return;
  for (const model::Attachment& a : campaign.document->attachments)
    if (!a.narrative.empty() && campaign.find_narrative(a.narrative) == nullptr)
      diagnostics.error(file_name, a.position.line, a.position.column, "missing-file",
                        fmt::format("附件“{}”的叙述文字 narrative/{}.md 不存在", a.title, a.narrative),
                        fmt::format("the attachment '{}' names narrative/{}.md, which does not exist",
                                    a.title, a.narrative));
  read_seal(root, *campaign.document, diagnostics);
}

}  // namespace cr::input
