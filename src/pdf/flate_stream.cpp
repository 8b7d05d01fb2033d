#include "pdf/flate_stream.hpp"

#include <libdeflate.h>
#include <podofo/podofo.h>

#include <memory>
#include <new>

namespace cr::pdf {
namespace {

// libdeflate's level 6 compresses as well as zlib's default level 6 or a little better; higher
// levels save a few percent more for several times the time.
constexpr int level = 6;

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

}  // namespace

std::string flate_encode(std::string_view data) {
  // One compressor per thread, reused: allocating one costs more than compressing a page.
  thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
      libdeflate_alloc_compressor(level));
  if (!compressor) throw std::bad_alloc();
  std::string out(libdeflate_zlib_compress_bound(compressor.get(), data.size()), '\0');
  const std::size_t size =
      libdeflate_zlib_compress(compressor.get(), data.data(), data.size(), out.data(), out.size());
  if (size == 0) throw std::bad_alloc();  // cannot happen: the buffer has the bound's size
  out.resize(size);
  return out;
}

void set_flate_stream(PoDoFo::PdfObject& object, std::string_view data) {
  const std::string encoded = flate_encode(data);
  PoDoFo::PdfMemoryInputStream input(encoded.data(), static_cast<PoDoFo::pdf_long>(encoded.size()));
  object.GetStream()->SetRawData(&input, static_cast<PoDoFo::pdf_long>(encoded.size()));
  object.GetDictionary().AddKey(PoDoFo::PdfName::KeyFilter, PoDoFo::PdfName("FlateDecode"));
}

}  // namespace cr::pdf
