#pragma once

#include "storage/filewriteresult.h"
#include "storage/keyheader.h"
#include "storage/vaultpaths.h"

namespace mapje {

/** The two copies of the key header, as LUKS2 keeps a primary and a secondary header: both are
 * read, the newest whole copy is used, a damaged or older copy is repaired from it, and a change
 * is written to one copy after the other, so one of them is always whole. */
class KeyHeaderCopies {
public:
    enum class CopyState {
        Missing,
        Unreadable, ///< there, but not ours to read (permissions)
        Link, ///< a symbolic link: never read or written through
        Damaged,
        TooNew,
        Valid,
    };
    enum class Outcome {
        None, ///< no header at all
        Valid,
        Damaged, ///< no copy is whole
        TooNew, ///< no copy is whole for us, and one was written by a newer Mapje
        Unreadable, ///< no copy could be read; perhaps a permission problem, not damage
    };

    struct Loaded {
        Outcome outcome = Outcome::None;
        KeyHeader header; ///< the copy that is used, when outcome is Valid
        CopyState primary = CopyState::Missing;
        CopyState secondary = CopyState::Missing;
        /** A copy is damaged, missing or older than the one used. */
        bool needsRepair = false;
    };

    explicit KeyHeaderCopies(VaultPaths paths) : m_paths(std::move(paths)) { }

    [[nodiscard]] Loaded load() const;
    /** Writes header as the next generation: the second copy first, then the first. Succeeds when
     * the new state is whole on disk in at least one copy (the other is repaired later); on
     * failure both copies are exactly as they were. A format-1 header has only one copy. */
    [[nodiscard]] FileWriteResult write(KeyHeader &header) const;
    /** Writes the used copy over each copy that differs from it. */
    [[nodiscard]] FileWriteResult repair(const Loaded &loaded) const;

    /** Reads one copy without following a link. */
    [[nodiscard]] static CopyState readCopy(const QString &path, KeyHeader *header);

private:
    VaultPaths m_paths;
};

} // namespace mapje
