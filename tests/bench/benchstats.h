#pragma once

#include <QElapsedTimer>
#include <algorithm>
#include <vector>

// Small helpers every benchmark here shares: figures are medians and percentiles, never means.
namespace benchstats {

/** The p-th percentile (0..1) of the values, nearest rank; 0 for none. */
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

inline double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace benchstats
