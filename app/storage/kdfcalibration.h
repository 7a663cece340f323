#pragma once

#include "storage/kdfcost.h"

namespace mapje {

/** Chooses the Argon2id cost on the device itself, when a vault is made and when the PIN changes:
 * a fixed cost is too slow on a cheap device and too cheap on a fast one. At least 64 MiB of
 * memory; passes and memory such that one derivation takes about TargetSeconds here. */
class KdfCalibration {
public:
    static constexpr double TargetSeconds = 0.35;
    static constexpr quint64 MiB = 1024 * 1024;
    static constexpr quint64 MinMemory = 64 * MiB;
    static constexpr quint64 MaxMemory = 256 * MiB;

    /** Measures this device (three derivations, about half a second together) and chooses. */
    [[nodiscard]] static KdfCost calibrate();
    /** The rule, pure. One derivation takes memory x (secondsPerMiB + passes x
     * secondsPerPassMiB): a part for getting the memory, a part for each pass over it.
     * memoryCeiling is the most memory this device should lend one derivation. */
    [[nodiscard]] static KdfCost choose(
        double secondsPerMiB, double secondsPerPassMiB, quint64 memoryCeiling);
    /** Seconds that one derivation at cost takes here (for calibrate() and the benchmark). */
    [[nodiscard]] static double measure(KdfCost cost);
    /** An eighth of the physical memory, within MinMemory..MaxMemory. */
    [[nodiscard]] static quint64 memoryCeiling();
};

} // namespace mapje
