#pragma once

#include "storage/conversation/experiencenoterows.h"
#include "storage/recordrepository.h"

#include <QList>
#include <QString>

namespace mapje {

class Vault;

/** The "Wat mij hielp" notes in the vault; load(), save(), remove() and the unsaved-changes API:
 * see RecordRepository. */
class ExperienceNoteRepository : public RecordRepository<ExperienceNoteRows> {
    Q_OBJECT

public:
    explicit ExperienceNoteRepository(Vault &vault, QObject *parent = nullptr);

    /** Every note, unsaved ones included, earliest first. */
    [[nodiscard]] QList<ExperienceNote> all() const { return records(); }

signals:
    void noteChanged(const QString &id);

private:
    void recordChanged(const QString &id) override { emit noteChanged(id); }
};

} // namespace mapje
