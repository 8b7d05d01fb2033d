#include <doctest/doctest.h>

#include "diag/diagnostic.hpp"

using namespace cr::diag;

TEST_CASE("diagnostics sort by place and print in both languages") {
  Diagnostics d;
  d.warning("records.csv", 12, 3, "w", "警告内容", "a warning");
  d.error("campaign.toml", 0, 0, "missing-key", "缺少键「id」", "missing key 'id'");
  d.error("records.csv", 2, 1, "e", "错误内容", "an error");
  auto s = d.sorted();
  REQUIRE(s.size() == 3);
  CHECK(format_human(s[0], Language::zh) == "campaign.toml: 错误: 缺少键「id」");
  CHECK(format_human(s[1], Language::en) == "records.csv:2:1: error: an error");
  CHECK(format_human(s[2], Language::zh) == "records.csv:12:3: 警告: 警告内容");
  CHECK(d.failed(false));
  CHECK(format_json(s[0], Language::en).find(R"("code":"missing-key")") != std::string::npos);
}

TEST_CASE("strict makes warnings fail") {
  Diagnostics d;
  d.warning("a", 1, 1, "w", "w", "w");
  CHECK_FALSE(d.failed(false));
  CHECK(d.failed(true));
}
