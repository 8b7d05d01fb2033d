#include "pdf/cid_set.hpp"

namespace cr::pdf {
namespace {

std::uint32_t read_be(const std::string& data, std::size_t at, int bytes) {
  std::uint32_t value = 0;
  for (int i = 0; i < bytes; ++i) value = value << 8 | static_cast<std::uint8_t>(data.at(at + i));
  return value;
}

// numGlyphs of the sfnt's 'maxp' table; 0 when the program has none.
std::uint32_t truetype_glyph_count(const std::string& program) {
  if (program.size() < 12) return 0;
  const std::uint32_t tables = read_be(program, 4, 2);
  for (std::uint32_t i = 0; i < tables && 12 + 16 * (i + 1) <= program.size(); ++i) {
    const std::size_t record = 12 + 16 * i;
    if (program.compare(record, 4, "maxp") != 0) continue;
    const std::size_t offset = read_be(program, record + 8, 4);
    return offset + 6 <= program.size() ? read_be(program, offset + 4, 2) : 0;
  }
  return 0;
}

}  // namespace

std::set<std::uint32_t> cids_of(const font::SubsetFont& subset) {
  std::set<std::uint32_t> cids{0};
  if (subset.outlines == font::Outlines::truetype) {
    const std::uint32_t count = truetype_glyph_count(subset.program);
    for (std::uint32_t gid = 1; gid < count; ++gid) cids.insert(gid);
  }
  for (const auto& [glyph, code] : subset.code_of) cids.insert(code);
  return cids;
}

std::string cid_set_bits(const std::set<std::uint32_t>& cids) {
  if (cids.empty()) return {};
  std::string bits(*cids.rbegin() / 8 + 1, '\0');
  for (std::uint32_t cid : cids) bits[cid / 8] = static_cast<char>(bits[cid / 8] | (0x80 >> (cid % 8)));
  return bits;
}

}  // namespace cr::pdf
