#pragma once

#include <QElapsedTimer>
#include <algorithm>
#include <functional>
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

/** Times of runs of f in ms (each returns false when it did not work); empty on failure. */
inline std::vector<double> timeRuns(int runs, const std::function<bool()> &f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!f())
            return {};
        times.push_back(milliseconds(timer));
    }
    return times;
}

/** What runs of measure found, for one that times itself (negative when it did not work); empty
 * on failure. */
inline std::vector<double> collectRuns(int runs, const std::function<double()> &measure)
{
    std::vector<double> values;
    for (int i = 0; i < runs; ++i) {
        const double value = measure();
        if (value < 0)
            return {};
        values.push_back(value);
    }
    return values;
}

} // namespace benchstats
