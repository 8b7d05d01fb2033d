#include <doctest/doctest.h>

#include "quantities.hpp"
#include "wording/number_wording.hpp"

using cr::model::Decimal;
using cr::model::Qualifier;
using cr::model::Quantity;
using cr::model::Scale;
using cr::model::Wording;
using cr::test::q;
using cr::wording::word_quantity;
using cr::wording::WordingOptions;

namespace {

Decimal d(const char* text) { return *Decimal::parse(text); }

}  // namespace

TEST_CASE("approximate figures keep their qualifier where an official puts it") {
  CHECK(word_quantity(q("10", "场", Qualifier::yu)) == "10余场");
  CHECK(word_quantity(q("300", "个", Qualifier::duo)) == "300多个");
  CHECK(word_quantity(q("14800", "人", Qualifier::duo)) == "14800多人");
  CHECK(word_quantity(q("2000", "人", Qualifier::yue)) == "约2000人");
  CHECK(word_quantity(q("40", "人", Qualifier::zuoyou)) == "40人左右");
  CHECK(word_quantity(q("100", "人", Qualifier::yishang)) == "100人以上");
  CHECK(word_quantity(q("2", "人", Qualifier::bushaoyu)) == "不少于2人");
  CHECK(word_quantity(q("10", "个", Qualifier::budao)) == "不到10个");
  CHECK(word_quantity(q("2000", "人", Qualifier::chaoguo)) == "超过2000人");
}

TEST_CASE("近万: a single 万 after 近 or 逾 drops its 1") {
  CHECK(word_quantity(q("10000", "人次", Qualifier::jin, Scale::wan)) == "近万人次");
  CHECK(word_quantity(q("100000000", "元", Qualifier::yu_over, Scale::yi)) == "逾亿元");
  CHECK(word_quantity(q("10000", "人次", Qualifier::jin)) == "近10000人次");  // written in digits, stays so
  CHECK(word_quantity(q("20000", "人", Qualifier::jin, Scale::wan)) == "近2万人");
  CHECK(word_quantity(q("10000", "元", Qualifier::exact, Scale::wan)) == "1万元");
}

TEST_CASE("a value written in 万 or 亿 stays in it") {
  CHECK(word_quantity(q("306000", "人", Qualifier::exact, Scale::wan)) == "30.6万人");
  CHECK(word_quantity(q("200000", "人", Qualifier::exact, Scale::wan)) == "20万人");
  CHECK(word_quantity(q("3000000", "元", Qualifier::exact, Scale::wan)) == "300万元");
  CHECK(word_quantity(q("345000000", "元", Qualifier::exact, Scale::yi)) == "3.45亿元");
  CHECK(word_quantity(q("3200000", "元", Qualifier::duo, Scale::wan)) == "320多万元");
  CHECK(word_quantity(q("15940", "元")) == "15940元");
}

TEST_CASE("余 after the last digit group") {
  CHECK(word_quantity(q("10000", "元", Qualifier::yu, Scale::wan)) == "1万余元");
  CHECK(word_quantity(q("100000", "元", Qualifier::yu, Scale::wan)) == "10余万元");
  CHECK(word_quantity(q("120000", "元", Qualifier::yu, Scale::wan)) == "12万余元");
  // A lower bound in 万 drops its decimals rather than claim them: still a lower bound.
  CHECK(word_quantity(q("1105300", "元", Qualifier::yu, Scale::wan)) == "110余万元");
  CHECK(word_quantity(q("15300", "元", Qualifier::duo, Scale::wan)) == "1万多元");
  // Below one 万 nothing is dropped: 0万余 would say nothing at all.
  CHECK(word_quantity(q("5300", "元", Qualifier::yu, Scale::wan)) == "0.53万余元");
}

TEST_CASE("the indicator's wording may ask for a scale or for Chinese numerals") {
  WordingOptions wan{Wording::wan, false, true};
  CHECK(word_quantity(q("3200000", "元"), wan) == "320万元");
  CHECK(word_quantity(q("5000", "元"), wan) == "0.5万元");
  WordingOptions yi{Wording::yi, false, true};
  CHECK(word_quantity(q("345000000", "元", Qualifier::exact, Scale::wan), yi) == "3.45亿元");
  WordingOptions hanzi{Wording::hanzi, false, true};
  CHECK(word_quantity(q("2", "项"), hanzi) == "两项");
  CHECK(word_quantity(q("9", "个"), hanzi) == "九个");
  CHECK(word_quantity(q("7", "股"), hanzi) == "七股");
  CHECK(word_quantity(q("4", "大工程"), hanzi) == "四大工程");
  CHECK(word_quantity(q("12", "个"), hanzi) == "十二个");
  CHECK(word_quantity(q("10", "个", Qualifier::yu), hanzi) == "十余个");
  CHECK(word_quantity(q("124", "讲"), hanzi) == "124讲");  // large counts stay in digits
  CHECK(word_quantity(q("2.5", "项"), hanzi) == "2.5项");
}

TEST_CASE("digit grouping is an option; running text does not group") {
  CHECK(word_quantity(q("15940", "元")) == "15940元");
  WordingOptions grouped{Wording::as_written, true, true};
  CHECK(word_quantity(q("15940", "元"), grouped) == "15,940元");
  CHECK(word_quantity(q("1234567.25", "元"), grouped) == "1,234,567.25元");
  CHECK(word_quantity(q("940", "元"), grouped) == "940元");
  CHECK(cr::wording::word_number(d("-15940"), true) == "-15,940");
  WordingOptions bare{Wording::as_written, false, false};
  CHECK(word_quantity(q("300", "个", Qualifier::duo), bare) == "300多");
}

TEST_CASE("rates, 个百分点 and growth") {
  CHECK(word_quantity(q("12.5", "%")) == "12.5%");
  CHECK(word_quantity(q("12.5", "%", Qualifier::yue)) == "约12.5%");
  CHECK(cr::wording::word_percent(d("35.2")) == "35.2%");
  CHECK(cr::wording::word_points(d("2.6")) == "2.6个百分点");
  CHECK(cr::wording::word_growth(d("12.5")) == "增长12.5%");
  CHECK(cr::wording::word_growth(d("-3.1")) == "下降3.1%");
  CHECK(cr::wording::word_growth(d("0.0")) == "持平");
  CHECK(cr::wording::word_points_change(d("2.6")) == "提高2.6个百分点");
  CHECK(cr::wording::word_points_change(d("-0.5")) == "下降0.5个百分点");
}

TEST_CASE("ranges repeat the unit on both sides") {
  CHECK(cr::wording::word_range(q("900000000", "", Qualifier::exact, Scale::yi),
                             q("1600000000", "", Qualifier::exact, Scale::yi)) == "9亿～16亿");
  CHECK(cr::wording::word_range(q("900000000", "元", Qualifier::exact, Scale::yi),
                             q("1600000000", "元", Qualifier::exact, Scale::yi)) == "9亿元～16亿元");
  CHECK(cr::wording::word_range(q("15", "%"), q("30", "%")) == "15%～30%");
}

TEST_CASE("before and after") {
  CHECK(cr::wording::word_before_after(q("15940", "元"), q("20940", "元")) == "由15940元提高到20940元");
  CHECK(cr::wording::word_before_after(q("20", "个"), q("15", "个")) == "由20个减少到15个");
  CHECK(cr::wording::word_before_after(q("10", "个", Qualifier::yu), q("20", "个", Qualifier::duo)) ==
        "由10余个增加到20多个");
  CHECK(cr::wording::word_before_after(q("5", "%"), q("4.5", "%")) == "由5%下降到4.5%");
  CHECK(cr::wording::word_before_after(q("15940", "元"), q("15940", "元")) == "保持在15940元");
}

TEST_CASE("growth against a named base") {
  CHECK(cr::wording::word_growth(d("12.5"), "比上年") == "比上年增长12.5%");
  CHECK(cr::wording::word_growth(d("-3.1"), "比上年") == "比上年下降3.1%");
  CHECK(cr::wording::word_growth(d("0"), "比上年") == "与上年持平");
  CHECK(cr::wording::word_growth(d("20"), "同比") == "同比增长20%");
  CHECK(cr::wording::word_points_change(d("2.6"), "比上年") == "比上年提高2.6个百分点");
  CHECK(cr::wording::word_points_change(d("0"), "比上年") == "与上年持平");
}

TEST_CASE("an approximate figure in 万 or 亿 keeps two significant digits") {
  // 约 and 左右 round half up.
  CHECK(word_quantity(q("26250", "吨", Qualifier::yue, Scale::wan)) == "约2.6万吨");
  CHECK(word_quantity(q("22650", "吨", Qualifier::yue, Scale::wan)) == "约2.3万吨");
  CHECK(word_quantity(q("25500", "吨", Qualifier::yue, Scale::wan)) == "约2.6万吨");  // half up
  CHECK(word_quantity(q("25499", "吨", Qualifier::yue, Scale::wan)) == "约2.5万吨");
  CHECK(word_quantity(q("1234500", "元", Qualifier::yue, Scale::wan)) == "约120万元");
  CHECK(word_quantity(q("5300", "元", Qualifier::yue, Scale::wan)) == "约0.53万元");
  CHECK(word_quantity(q("99600", "人", Qualifier::yue, Scale::wan)) == "约10万人");
  CHECK(word_quantity(q("345600000", "元", Qualifier::zuoyou, Scale::yi)) == "3.5亿元左右");
  // 近 and 不到 say the value lies below the figure: rounded up, that stays true.
  CHECK(word_quantity(q("10600", "人次", Qualifier::jin, Scale::wan)) == "近1.1万人次");
  CHECK(word_quantity(q("10440", "人次", Qualifier::jin, Scale::wan)) == "近1.1万人次");
  CHECK(word_quantity(q("9960", "人次", Qualifier::jin, Scale::wan)) == "近万人次");
  CHECK(word_quantity(q("20000", "人", Qualifier::jin, Scale::wan)) == "近2万人");
  CHECK(word_quantity(q("10400", "个", Qualifier::budao, Scale::wan)) == "不到1.1万个");
  // Within a scale of one, and for exact figures, every digit stays.
  CHECK(word_quantity(q("26250", "吨", Qualifier::yue)) == "约26250吨");
  CHECK(word_quantity(q("22650", "吨", Qualifier::exact, Scale::wan)) == "2.265万吨");
  CHECK(word_quantity(q("15940", "元")) == "15940元");
  // Lower bounds keep their own rule: whole 万, rounded down.
  CHECK(word_quantity(q("3255000", "元", Qualifier::duo, Scale::wan)) == "325万多元");
  CHECK(word_quantity(q("2500000", "元", Qualifier::chaoguo, Scale::wan)) == "超过250万元");
}

TEST_CASE("a scale set by the caller wins over the written one") {
  WordingOptions in_wan{Wording::as_written, false, true, Scale::wan};
  CHECK(word_quantity(q("3600", "吨", Qualifier::yu), in_wan) == "0.36万余吨");
  CHECK(word_quantity(q("3612", "吨"), in_wan) == "0.3612万吨");
  WordingOptions in_ones{Wording::as_written, false, true, Scale::one};
  CHECK(word_quantity(q("18000", "吨", Qualifier::exact, Scale::wan), in_ones) == "18000吨");
  CHECK(word_quantity(q("96.5", "%"), in_wan) == "96.5%");  // a rate is never scaled
  CHECK(cr::wording::shown_scale(q("18000", "吨", Qualifier::exact, Scale::wan), Wording::as_written) ==
        Scale::wan);
  CHECK(cr::wording::shown_scale(q("180", "吨"), Wording::yi) == Scale::yi);
}

TEST_CASE("the number without its qualifier is no more precise than the qualifier allows") {
  WordingOptions bare{Wording::as_written, false, false};
  bare.with_qualifier = false;
  CHECK(word_quantity(q("26250", "吨", Qualifier::yue, Scale::wan), bare) == "2.6万");
  CHECK(word_quantity(q("10000", "人次", Qualifier::jin, Scale::wan), bare) == "1万");
  CHECK(word_quantity(q("40", "人", Qualifier::zuoyou), bare) == "40");
  CHECK(word_quantity(q("1105300", "元", Qualifier::yu, Scale::wan), bare) == "110万");
  CHECK(word_quantity(q("12.5", "%", Qualifier::yue), bare) == "12.5%");  // a rate keeps its sign
}
