#include "storage/kdfcalibration.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <sodium.h>
#include <unistd.h>

namespace mapje {

namespace {
constexpr quint64 MaxPasses = 64; // KdfCost::isValid() refuses more
constexpr double ProbeSeconds = 0.1;
} // namespace

KdfCost KdfCalibration::calibrate()
{
    // Caches make a MiB cost more in a large area than in a small one, so the device is measured
    // near the memory it will use: a quick look over the minimum tells how much memory one pass
    // of about 0.1 s covers; one and three passes over that give the cost of getting the memory
    // and of each pass. About half a second in all, on any device.
    const quint64 ceilingMiB = memoryCeiling() / MiB;
    const double quick = measure(KdfCost(1, MinMemory));
    const double floorMiB = double(MinMemory / MiB);
    const quint64 probeMiB = quick > 0
        ? std::clamp(quint64(floorMiB * ProbeSeconds / quick), MinMemory / MiB, ceilingMiB)
        : ceilingMiB;
    const double one = measure(KdfCost(1, probeMiB * MiB));
    const double three = measure(KdfCost(3, probeMiB * MiB));
    double perPass = (three - one) / 2 / double(probeMiB);
    double perMiB = one / double(probeMiB) - perPass;
    if (!(perPass > 0) || perMiB < 0) {
        // Noise hid the difference: count everything as pass time (a little on the safe side).
        perPass = one / double(probeMiB);
        perMiB = 0;
    }
    return choose(perMiB, perPass, ceilingMiB * MiB);
}

KdfCost KdfCalibration::choose(
    double secondsPerMiB, double secondsPerPassMiB, quint64 memoryCeiling)
{
    const quint64 ceilingMiB = std::clamp(memoryCeiling, MinMemory, MaxMemory) / MiB;
    const quint64 floorMiB = MinMemory / MiB;
    if (!(secondsPerPassMiB > 0) || !std::isfinite(secondsPerPassMiB)
        || !std::isfinite(secondsPerMiB))
        return KdfCost(2, ceilingMiB * MiB); // no measurement: a safe middle
    const double perMiB = std::max(0.0, secondsPerMiB);
    const auto passesFor = [&](double memoryMiB) {
        return (TargetSeconds / memoryMiB - perMiB) / secondsPerPassMiB;
    };
    // Prefer much memory (it is what makes guessing costly on special hardware), then at least
    // two passes, as libsodium's own interactive setting does.
    quint64 passes = std::clamp<quint64>(
        quint64(std::max(0.0, std::ceil(passesFor(double(ceilingMiB))))), 2, MaxPasses);
    quint64 memoryMiB = std::min(
        ceilingMiB, quint64(TargetSeconds / (perMiB + double(passes) * secondsPerPassMiB)));
    if (memoryMiB < floorMiB) {
        // A slow device: never below the floor, fewer passes instead (down to one).
        memoryMiB = floorMiB;
        passes = std::clamp<quint64>(
            quint64(std::max(0.0, passesFor(double(floorMiB)))), 1, MaxPasses);
    }
    return KdfCost(passes, memoryMiB * MiB);
}

double KdfCalibration::measure(KdfCost cost)
{
    if (sodium_init() < 0 || !cost.isValid())
        return 0;
    unsigned char key[32];
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    const char password[] = "calibration";
    QElapsedTimer timer;
    timer.start();
    const int rc = crypto_pwhash(key, sizeof key, password, sizeof password - 1, salt,
        cost.opsLimit(), std::size_t(cost.memLimit()), crypto_pwhash_ALG_ARGON2ID13);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sodium_memzero(key, sizeof key);
    return rc == 0 ? seconds : 0;
}

quint64 KdfCalibration::memoryCeiling()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return MinMemory;
    return std::clamp(quint64(pages) * quint64(pageSize) / 8, MinMemory, MaxMemory);
}

} // namespace mapje
