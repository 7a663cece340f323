#pragma once

#include <QString>
#include <QStringList>

namespace mapje {

/** Where the vault's files live inside a data folder, so nobody else hard-codes the names. */
class VaultPaths {
public:
    static constexpr auto DatabaseName = "mapje.db";
    static constexpr auto HeaderName = "mapje.key";
    /** The second copy of the header (see KeyHeaderCopies). */
    static constexpr auto SecondHeaderName = "mapje.key2";
    /** Damaged or foreign files are moved here, never deleted ("set aside"). */
    static constexpr auto SetAsideFolderName = "apart-gezet";

    explicit VaultPaths(QString directory);

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString headerPath() const;
    [[nodiscard]] QString secondHeaderPath() const;
    [[nodiscard]] QString walPath() const;
    [[nodiscard]] QString shmPath() const;
    [[nodiscard]] QString journalPath() const;
    [[nodiscard]] QString setAsideRoot() const;
    /** Both header copies, database and SQLite's side files, in that order. */
    [[nodiscard]] QStringList allFiles() const;

private:
    QString m_directory;
};

} // namespace mapje
