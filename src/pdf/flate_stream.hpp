#pragma once
// Stream data compressed with libdeflate and stored as /FlateDecode: the same zlib format PoDoFo
// writes, in about half of zlib's time at a smaller size (content streams and font programs are
// most of a report's bytes, and compressing them was a tenth of the whole run).
#include <string>
#include <string_view>

namespace PoDoFo {
class PdfObject;
}

namespace cr::pdf {

// `data` in the zlib format (RFC 1950), as a /FlateDecode filter reads it.
std::string flate_encode(std::string_view data);

// Makes `data`, compressed, the stream of `object`, with /Filter /FlateDecode.
void set_flate_stream(PoDoFo::PdfObject& object, std::string_view data);

}  // namespace cr::pdf
