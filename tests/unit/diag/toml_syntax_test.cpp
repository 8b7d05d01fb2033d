#include <doctest/doctest.h>

#include "diag/toml_syntax.hpp"

using cr::diag::explain_toml_error;
using cr::diag::line_of;

namespace {

bool says(const cr::diag::TomlExplanation& e, std::string_view zh) {
  return e.zh.find(zh) != std::string::npos;
}

}  // namespace

// The descriptions are the parser's own (toml++ 3.3), as campaign.toml's usual slips give them.
TEST_CASE("the usual slips in campaign.toml are explained in Chinese, the parser's words kept in English") {
  const auto chinese_quotes =
      explain_toml_error("Error while parsing value: could not determine value type", "title = “测试活动”");
  CHECK(says(chinese_quotes, "中文引号"));
  CHECK(chinese_quotes.en.find("could not determine value type") != std::string::npos);
  CHECK(says(explain_toml_error("Error while parsing value: could not determine value type", "title = 测试"),
             "英文双引号"));
  CHECK(says(explain_toml_error("Error while parsing key-value pair: expected '=', saw '：'", "title：\"a\""),
             "这里写的是「：」"));
  CHECK(says(explain_toml_error("Error while parsing decimal integer: expected digit, saw '/'",
                                "start = 2015/01/01"),
             "2015-01-01"));
  CHECK(says(
      explain_toml_error("Error while parsing date: expected 2-digit month, saw '-'", "start = 2015-1-1"),
      "两位数"));
  CHECK(says(explain_toml_error("Error while parsing key-value pair: cannot redefine existing string 'id'",
                                "id = \"a\""),
             "名称「id」在这一节里写了两次"));
  CHECK(says(explain_toml_error(
                 "Error while parsing root table: expected keys, tables, whitespace or comments, saw '【'",
                 "【campaign】"),
             "[campaign]"));
  CHECK(says(explain_toml_error("Error while parsing string: unescaped control characters other than TAB "
                                "(U+0009) are explicitly prohibited",
                                "title = \"测试"),
             "引号没有在这一行内闭合"));
  CHECK(
      says(explain_toml_error("Error while parsing key-value pair: expected a comment or whitespace, saw ','",
                              "title = \"a\","),
           "多了「,」"));
  // Anything else: the parser's description, said to be a TOML syntax error.
  const auto other = explain_toml_error("Error while parsing inline table: expected '}'", "x = {a = 1");
  CHECK(other.zh == "TOML 语法错误：Error while parsing inline table: expected '}'");
}

TEST_CASE("line_of gives a line without its line end") {
  CHECK(line_of("a\r\nbb\ncc", 2) == "bb");
  CHECK(line_of("a\r\nbb\ncc", 1) == "a");
  CHECK(line_of("a\r\nbb\ncc", 3) == "cc");
  CHECK(line_of("a\nb", 5).empty());
}
