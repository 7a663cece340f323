#pragma once

#include "storage/pendingrecords.h"
#include "storage/recordrepositorybase.h"

#include <QString>

namespace mapje {

class Vault;

/**
 * Short texts per key in one table of the vault, saved at once and kept in memory when the disk
 * refuses them (the never-lose rules of RecordRepositoryBase). The citizen's notes and the
 * vault's own settings are two tables of this one kind: NoteStore and SettingsStore.
 */
class KeyTextStore : public RecordRepositoryBase {
    Q_OBJECT

public:
    /** Where the texts live: a table with a key column "key" and a text column. Stamped tables
     * also keep when each text was last changed ("updated_at"). */
    struct Table {
        QString name;
        QString textColumn;
        bool stamped = false;
    };

    KeyTextStore(Vault &vault, Table table, const char *what, QObject *parent = nullptr);

    /** The newest text: a pending (not yet written) one wins over the stored one. */
    [[nodiscard]] QString text(const QString &key, const QString &fallback = {}) const;
    /** Writes and commits now; false means it is pending and will be retried, not lost. */
    bool setText(const QString &key, const QString &text);

signals:
    void textChanged(const QString &key);

protected:
    [[nodiscard]] qsizetype pendingCount() const override { return m_pending.size(); }
    [[nodiscard]] SqliteResult writePending(SqliteDatabase *db) override;
    void dropPending() override { m_pending.clear(); }

private:
    /** One text under its key. */
    struct KeyText {
        QString key;
        QString text;
    };
    /** How a text is written into this store's table (PendingRecords' codec). */
    struct Codec {
        using Record = KeyText;
        Table table;
        const Vault *vault;
        static QString idOf(const KeyText &record) { return record.key; }
        [[nodiscard]] SqliteResult write(SqliteDatabase &db, const KeyText &record) const;
        [[nodiscard]] SqliteResult remove(SqliteDatabase &db, const QString &key) const;
    };

    Table m_table;
    PendingRecords<Codec> m_pending;
};

/** The citizen's own words per key (a note on a leefgebied, an answer in a flow). */
class NoteStore : public KeyTextStore {
    Q_OBJECT

public:
    explicit NoteStore(Vault &vault, QObject *parent = nullptr);

    [[nodiscard]] QString note(const QString &key) const { return text(key); }
    bool save(const QString &key, const QString &note) { return setText(key, note); }
};

/** Small key/value preferences kept inside the vault (what the mapje shows, reminder hours). */
class SettingsStore : public KeyTextStore {
    Q_OBJECT

public:
    explicit SettingsStore(Vault &vault, QObject *parent = nullptr);

    [[nodiscard]] QString value(const QString &key, const QString &fallback = {}) const
    {
        return text(key, fallback);
    }
    bool setValue(const QString &key, const QString &value) { return setText(key, value); }
};

} // namespace mapje
