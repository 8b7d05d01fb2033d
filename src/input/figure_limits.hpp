#pragma once
// Figures are exact decimals of 128 bits. One value has at most 18 digits, but a million of them
// summed, then averaged or scaled to 万 and 亿, could pass 128 bits in principle: the loader
// refuses an indicator whose figures add up to that much, so that no later sum can overflow.
#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::input {

// Digits before the decimal point that the sum of an indicator's values (taken positive) may
// have: with 12 decimals and a mean's 2 more, 10^24 stays below 2^127.
constexpr int max_total_digits = 24;

// A "figure-too-large" error, at the indicator's line, for each indicator past the limit.
void check_figure_totals(const model::Campaign& campaign, diag::Diagnostics& diagnostics);

}  // namespace cr::input
