#include "input/workbook/cell_text.hpp"

#include <charconv>
#include <optional>
#include <cmath>

#include <fmt/format.h>

#include "model/date.hpp"

namespace cr::input::workbook {
namespace {

// The letters of a format's first section that are not quoted, escaped or in brackets.
std::string format_letters(std::string_view code) {
  std::string out;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      const auto close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '[') {
      const auto close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // an escaped literal, a padding width or a fill character
    } else {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
  }
  return out;
}

bool plain_decimal(std::string_view raw) {
  std::size_t i = raw.starts_with('-') ? 1 : 0;
  int digits = 0, significant = 0;
  bool point = false, leading = true;
  for (; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9') return false;
    ++digits;
    if (c != '0') leading = false;
    if (!leading) ++significant;
  }
  return digits > 0 && significant <= 15 && !(point && raw.back() == '0') && raw.back() != '.';
}

// A double's digits to 15 significant places, written out without an exponent.
std::string fifteen_digits(double value) {
  if (value == 0) return "0";
  const std::string e = fmt::format("{:.14e}", std::fabs(value));  // d.dddddddddddddde±XX
  std::string digits = e.substr(0, 1) + e.substr(2, 14);
  const int exponent = std::stoi(e.substr(e.find('e') + 1));
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out;
  const int point = exponent + 1;  // digits before the decimal point
  if (point <= 0)
    out = "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  else if (point >= static_cast<int>(digits.size()))
    out = digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
  else
    out = digits.substr(0, point) + "." + digits.substr(point);
  return value < 0 ? "-" + out : out;
}

// "85" from "0.85": the point moved two places right, in the digits themselves.
std::string times_hundred(const std::string& number) {
  const bool negative = number.starts_with('-');
  std::string digits = negative ? number.substr(1) : number;
  auto point = digits.find('.');
  if (point == std::string::npos) digits += ".", point = digits.size() - 1;
  digits.erase(point, 1);
  while (digits.size() < point + 2) digits += '0';
  digits.insert(point + 2, ".");
  while (digits.size() > 1 && digits[0] == '0' && digits[1] != '.') digits.erase(0, 1);
  while (digits.back() == '0') digits.pop_back();
  if (digits.back() == '.') digits.pop_back();
  return negative ? "-" + digits : digits;
}

std::optional<model::Date> serial_date(double serial, bool date1904) {
  if (!(serial >= 1 && serial < 2958466)) return std::nullopt;  // 1900-01-01 .. 9999-12-31
  const long days = static_cast<long>(std::floor(serial));
  if (date1904) return model::Date::from_days_since_epoch(days - 24107);  // 1904-01-01 is epoch - 24107
  // Excel counts 1900-02-29, which never was (Lotus 1-2-3's leap year): serial 60 is that day.
  if (days == 60) return model::Date{1900, 2, 28};
  return model::Date::from_days_since_epoch(days - (days < 60 ? 25568 : 25569));
}

}  // namespace

NumberKind builtin_kind(int id) {
  switch (id) {
    case 9: case 10: return NumberKind::percent;
    case 14: case 22: return NumberKind::slash_day;
    case 15: case 16: case 30: case 31: return NumberKind::day;
    case 28: case 29: case 51: case 53: case 54: case 58: return NumberKind::day;  // m月d日
    case 17: case 27: case 36: case 50: case 52: case 57: return NumberKind::month;
    case 18: case 19: case 20: case 21: case 32: case 33: case 34: case 35: case 45: case 46: case 47:
    case 55: case 56:
      return NumberKind::time;
    default: return NumberKind::plain;
  }
}

NumberKind format_kind(std::string_view code) {
  std::string letters = format_letters(code);
  for (auto at = letters.find("general"); at != std::string::npos; at = letters.find("general"))
    letters.erase(at, 7);  // "General", the default format, not a date's letters
  for (auto at = letters.find("am/pm"); at != std::string::npos; at = letters.find("am/pm")) letters.erase(at, 5);
  const bool year = letters.find('y') != std::string::npos;
  const bool day = letters.find('d') != std::string::npos;
  const bool month = letters.find('m') != std::string::npos;
  if (year || day) {
    if (year && month && !day) return NumberKind::month;
    return letters.find('/') != std::string::npos ? NumberKind::slash_day : NumberKind::day;
  }
  if (letters.find_first_of("hs") != std::string::npos) return NumberKind::time;
  if (letters.find('%') != std::string::npos) return NumberKind::percent;
  return NumberKind::plain;
}

std::string number_text(std::string_view raw) {
  if (plain_decimal(raw)) return std::string(raw);
  double value = 0;
  const auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
  if (error != std::errc() || end != raw.data() + raw.size() || !std::isfinite(value)) return {};
  return fifteen_digits(value);
}

std::string cell_text(std::string_view raw, NumberKind kind, bool date1904) {
  if (kind == NumberKind::plain || kind == NumberKind::time) return number_text(raw);
  const std::string number = number_text(raw);
  if (number.empty()) return number;
  if (kind == NumberKind::percent) return times_hundred(number) + "%";
  double serial = 0;
  std::from_chars(raw.data(), raw.data() + raw.size(), serial);
  const auto date = serial_date(serial, date1904);
  if (!date) return number;
  // Written by hand: a date column of a million rows would spend more in a formatter.
  const auto two = [](int n) { return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)}; };
  const std::string year = std::to_string(date->year);
  if (kind == NumberKind::month) return year + "-" + two(date->month);
  if (kind == NumberKind::slash_day) return year + "/" + std::to_string(date->month) + "/" + std::to_string(date->day);
  return year + "-" + two(date->month) + "-" + two(date->day);
}

std::string unescape_ooxml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned code = 0;
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_' &&
        std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16).ptr == text.data() + i + 6) {
      if (code < 0x80) {
        out.push_back(static_cast<char>(code));
      } else if (code < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
      } else {
        out.push_back(static_cast<char>(0xE0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
      }
      i += 6;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

}  // namespace cr::input::workbook
