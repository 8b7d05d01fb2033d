#include "font/cff_charset.hpp"

#include <map>

namespace cr::font {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool ok(std::size_t at, std::size_t n) const { return at <= data_.size() && n <= data_.size() - at; }
  std::uint32_t u(std::size_t at, std::size_t n) const {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < n; ++i) v = v << 8 | static_cast<unsigned char>(data_[at + i]);
    return v;
  }
  std::string_view data() const { return data_; }

 private:
  std::string_view data_;
};

struct Index {
  std::uint32_t count = 0;
  std::size_t data_start = 0, end = 0;
  std::vector<std::uint32_t> offsets;
};

std::optional<Index> read_index(const Reader& r, std::size_t at) {
  Index idx;
  if (!r.ok(at, 2)) return std::nullopt;
  idx.count = r.u(at, 2);
  if (idx.count == 0) {
    idx.end = at + 2;
    return idx;
  }
  if (!r.ok(at + 2, 1)) return std::nullopt;
  std::size_t off_size = r.u(at + 2, 1);
  if (off_size < 1 || off_size > 4 || !r.ok(at + 3, (idx.count + 1) * off_size)) return std::nullopt;
  for (std::uint32_t i = 0; i <= idx.count; ++i) idx.offsets.push_back(r.u(at + 3 + i * off_size, off_size));
  idx.data_start = at + 3 + (idx.count + 1) * off_size - 1;  // offsets are 1-based
  idx.end = idx.data_start + idx.offsets.back();
  if (!r.ok(idx.data_start, idx.offsets.back())) return std::nullopt;
  return idx;
}

// Operator -> its last integer operand, for the Top DICT (reals are skipped; no offset is real).
std::map<int, long> read_dict(std::string_view d) {
  std::map<int, long> out;
  std::vector<long> operands;
  std::size_t i = 0;
  auto byte = [&](std::size_t k) { return k < d.size() ? static_cast<unsigned char>(d[k]) : 0u; };
  while (i < d.size()) {
    unsigned b0 = byte(i);
    if (b0 <= 21) {
      int op = b0 == 12 ? 1200 + static_cast<int>(byte(i + 1)) : static_cast<int>(b0);
      i += b0 == 12 ? 2 : 1;
      if (!operands.empty()) out[op] = operands.back();
      out.try_emplace(op, 0);
      operands.clear();
    } else if (b0 == 28) {
      operands.push_back(static_cast<std::int16_t>(byte(i + 1) << 8 | byte(i + 2)));
      i += 3;
    } else if (b0 == 29) {
      operands.push_back(
          static_cast<std::int32_t>(byte(i + 1) << 24 | byte(i + 2) << 16 | byte(i + 3) << 8 | byte(i + 4)));
      i += 5;
    } else if (b0 == 30) {
      ++i;
      while (i < d.size() && (byte(i) & 0x0F) != 0x0F && (byte(i) & 0xF0) != 0xF0) ++i;
      ++i;
      operands.push_back(0);
    } else if (b0 >= 32 && b0 <= 246) {
      operands.push_back(static_cast<long>(b0) - 139);
      ++i;
    } else if (b0 >= 247 && b0 <= 250) {
      operands.push_back((static_cast<long>(b0) - 247) * 256 + byte(i + 1) + 108);
      i += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      operands.push_back(-(static_cast<long>(b0) - 251) * 256 - byte(i + 1) - 108);
      i += 2;
    } else {
      ++i;  // reserved
    }
  }
  return out;
}

bool read_ranges(const Reader& r, std::size_t at, std::size_t count_size,
                 std::vector<std::uint32_t>& cid_of) {
  std::size_t gid = 1;
  while (gid < cid_of.size()) {
    if (!r.ok(at, 2 + count_size)) return false;
    std::uint32_t first = r.u(at, 2), left = r.u(at + 2, count_size);
    for (std::uint32_t k = 0; k <= left && gid < cid_of.size(); ++k) cid_of[gid++] = first + k;
    at += 2 + count_size;
  }
  return true;
}

}  // namespace

std::optional<CffCharset> read_cff_charset(std::string_view cff) {
  Reader r(cff);
  if (!r.ok(0, 4)) return std::nullopt;
  auto names = read_index(r, r.u(2, 1));
  if (!names) return std::nullopt;
  auto top = read_index(r, names->end);
  if (!top || top->count == 0) return std::nullopt;
  auto dict = read_dict(cff.substr(top->data_start + top->offsets[0], top->offsets[1] - top->offsets[0]));
  if (!dict.count(17)) return std::nullopt;
  auto charstrings = read_index(r, static_cast<std::size_t>(dict[17]));
  if (!charstrings) return std::nullopt;

  CffCharset out;
  out.cid_keyed = dict.count(1230) > 0;
  out.cid_of.resize(charstrings->count);
  for (std::uint32_t gid = 0; gid < charstrings->count; ++gid) out.cid_of[gid] = gid;
  if (!out.cid_keyed) return out;
  std::size_t at = static_cast<std::size_t>(dict.count(15) ? dict[15] : 0);
  if (at < 3 || !r.ok(at, 1)) return std::nullopt;  // predefined charsets are not CID-keyed
  unsigned format = r.u(at, 1);
  if (format == 0) {
    if (!r.ok(at + 1, 2 * (out.cid_of.size() - 1))) return std::nullopt;
    for (std::size_t gid = 1; gid < out.cid_of.size(); ++gid)
      out.cid_of[gid] = r.u(at + 1 + 2 * (gid - 1), 2);
    return out;
  }
  if (format == 1 || format == 2) {
    if (!read_ranges(r, at + 1, format == 1 ? 1 : 2, out.cid_of)) return std::nullopt;
    return out;
  }
  return std::nullopt;
}

}  // namespace cr::font
