#pragma once
// Reading a user's text file as UTF-8, whatever encoding it was saved in: detection, decoding,
// and the diagnostics for a file that is not text or not decodable.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "input/encoding.hpp"

namespace cr::input {

// Receives successive pieces of the decoded text; returns false to stop reading.
using TextSink = std::function<bool(std::string_view utf8)>;

// Streams `path` (named `name` in diagnostics, relative to the campaign folder) to `sink` as
// UTF-8 without a BOM. Returns the encoding, or nullopt when the file could not be read at all
// (unreadable, binary); undecodable bytes are reported and replaced by U+FFFD.
std::optional<Encoding> stream_text(const std::filesystem::path& path, const std::string& name,
                                    diag::Diagnostics& diagnostics, const TextSink& sink);

// The whole file as UTF-8 with line ends normalised to \n; nullopt when it cannot be read or
// holds undecodable bytes (reported).
std::optional<std::string> read_text(const std::filesystem::path& path, const std::string& name,
                                     diag::Diagnostics& diagnostics);

}  // namespace cr::input
