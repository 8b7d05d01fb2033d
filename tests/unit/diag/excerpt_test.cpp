#include <doctest/doctest.h>

#include <string>

#include "diag/diagnostic.hpp"
#include "diag/excerpt.hpp"
#include "diag/json.hpp"
#include "diag/toml_limits.hpp"

using namespace cr::diag;

TEST_CASE("a long value is quoted by its first 80 characters and an ellipsis") {
  CHECK(quoted_excerpt("1,00") == "1,00");
  const std::string ten_mb(10'000'000, '9');
  const std::string quoted = quoted_excerpt(ten_mb);
  CHECK(quoted == std::string(80, '9') + "…");
  std::string chinese;
  for (int i = 0; i < 100; ++i) chinese += "数";
  CHECK(quoted_excerpt(chinese) == chinese.substr(0, 80 * 3) + "…");  // by characters, not bytes
}

TEST_CASE("control and reordering characters never reach the terminal as themselves") {
  CHECK(terminal_safe("\x1b[31m红色") == "<U+001B>[31m红色");
  CHECK(terminal_safe("a\u202Eb\u2066c") == "a<U+202E>b<U+2066>c");
  CHECK(terminal_safe("line\u2028two") == "line<U+2028>two");
  CHECK(terminal_safe("bad \xFF byte") == "bad <FF> byte");
  CHECK(terminal_safe("第3列「数值」") == "第3列「数值」");
  Diagnostic d{"records.csv", 3, 2, Severity::error, "unknown-unit", "单位“\u202Eevil”", "unit '\x1b]0;x\x07'", ""};
  CHECK(format_human(d, Language::zh) == "records.csv:3:2: 错误: 单位“<U+202E>evil”");
  CHECK(format_human(d, Language::en) == "records.csv:3:2: error: unit '<U+001B>]0;x<U+0007>'");
}

TEST_CASE("JSON lines stay JSON whatever bytes the data holds; a whole file's line is null") {
  Diagnostic d{"bad\xFF.csv", 0, 0, Severity::warning, "w", "名\xC3", "name \xFE", ""};
  const std::string line = format_json(d, Language::en);
  const Json parsed = Json::parse(line);
  CHECK(parsed["file"] == "bad\uFFFD.csv");
  CHECK(parsed["line"].is_null());
  CHECK(parsed["column"].is_null());
  CHECK(parsed["message"] == "name \uFFFD");
  d.line = 4;
  CHECK(Json::parse(format_json(d, Language::en))["line"] == 4);
  CHECK(Json::parse(format_json(d, Language::en))["column"].is_null());
}

TEST_CASE("TOML beyond what a campaign needs is refused before it reaches the parser") {
  std::string dotted = "[";
  for (int i = 0; i < 50000; ++i) dotted += i ? ".k" : "k";
  dotted += "]\n";
  auto problem = check_toml_limits(dotted);
  REQUIRE(problem);
  CHECK(problem->code == "toml-too-deep");
  CHECK(problem->line == 1);
  CHECK(problem->column == 67);
  problem = check_toml_limits("title = \"x\"\na = " + std::string(50000, '[') + "\n");
  REQUIRE(problem);
  CHECK(problem->line == 2);
  CHECK(problem->column == 37);
  problem = check_toml_limits(std::string(max_toml_bytes + 1, '#'));
  REQUIRE(problem);
  CHECK(problem->code == "toml-too-large");
  // Dots and brackets inside strings and comments are text, and numbers have one dot.
  CHECK_FALSE(check_toml_limits("a = \"" + std::string(100, '.') + std::string(100, '[') + "\"\n"));
  CHECK_FALSE(check_toml_limits("a = '''\n" + std::string(100, '[') + "\n'''\n# " + std::string(100, '.') + "\n"));
  CHECK_FALSE(check_toml_limits("a = \"\\\"" + std::string(100, '.') + "\"\nb = [1.5, 2.5, [3.5]]\nc.d.e = 1\n"));
  CHECK_FALSE(check_toml_limits("x = [\n" + std::string(20, '[') + std::string(20, ']') + "\n]\n"));
}
