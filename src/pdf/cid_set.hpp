#pragma once
// The CIDSet of a subset CID font (PDF/A-1b, 6.3.5): a bit for every CID the embedded program
// holds, CID 0 (.notdef) included, at the CIDs the content streams draw with.
#include <cstdint>
#include <set>
#include <string>

#include "font/subset.hpp"

namespace cr::pdf {

// The CIDs in `subset`'s program: glyph IDs 0..n-1 of a TrueType subset (CIDToGIDMap Identity,
// composite parts included), the kept CIDs and 0 of a CFF one.
std::set<std::uint32_t> cids_of(const font::SubsetFont& subset);

// The CIDSet stream's bytes: bit 7 of byte 0 is CID 0.
std::string cid_set_bits(const std::set<std::uint32_t>& cids);

}  // namespace cr::pdf
