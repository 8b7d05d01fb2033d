#include "model/quantity.hpp"

#include <array>
#include <utility>

namespace cr::model {
namespace {

struct QualifierInfo {
  Qualifier qualifier;
  std::string_view word;
  QualifierKind kind;
  bool before;
};

constexpr std::array<QualifierInfo, 11> qualifiers{{
    {Qualifier::exact, "", QualifierKind::exact, false},
    {Qualifier::yu, "余", QualifierKind::lower_bound, false},
    {Qualifier::duo, "多", QualifierKind::lower_bound, false},
    {Qualifier::yishang, "以上", QualifierKind::lower_bound, false},
    {Qualifier::yu_over, "逾", QualifierKind::lower_bound, true},
    {Qualifier::chaoguo, "超过", QualifierKind::lower_bound, true},
    {Qualifier::bushaoyu, "不少于", QualifierKind::lower_bound, true},
    {Qualifier::jin, "近", QualifierKind::approximate, true},
    {Qualifier::yue, "约", QualifierKind::approximate, true},
    {Qualifier::zuoyou, "左右", QualifierKind::approximate, false},
    {Qualifier::budao, "不到", QualifierKind::approximate, true},
}};

const QualifierInfo& info(Qualifier q) { return qualifiers[static_cast<std::size_t>(q)]; }

}  // namespace

QualifierKind kind_of(Qualifier q) { return info(q).kind; }
std::string_view word_of(Qualifier q) { return info(q).word; }
bool stands_before(Qualifier q) { return info(q).before; }

std::optional<Qualifier> qualifier_from_word(std::string_view word) {
  for (const auto& i : qualifiers)
    if (i.word == word) return i.qualifier;
  return std::nullopt;
}

int exponent_of(Scale s) {
  switch (s) {
    case Scale::one: return 0;
    case Scale::wan: return 4;
    case Scale::yi: return 8;
  }
  return 0;
}

}  // namespace cr::model
