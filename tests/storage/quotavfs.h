#pragma once

#include <QtGlobal>

namespace mapje {

/** A test VFS over the default one that fakes a full, read-only or failing disk on demand. */
class QuotaVfs {
public:
    enum class Mode { Normal, Full, ReadOnly, IoError };

    static constexpr auto Name = "mapje-quota";

    /** Registers the VFS once (not as the default); safe to call many times. */
    static bool install();
    static void setMode(Mode mode);
    [[nodiscard]] static Mode mode();
    /** Writes beyond this many more bytes fail with SQLITE_FULL; negative means no quota. */
    static void setQuota(qint64 bytes);
    /** Number of writes refused since the last setMode()/setQuota(). */
    [[nodiscard]] static int refusedWrites();
};

} // namespace mapje
