#pragma once

#include "storage/conversation/conversationrows.h"
#include "storage/recordrepository.h"

#include <QList>
#include <QString>

namespace mapje {

class Vault;

/**
 * The conversations held at one screen, kept in the vault as a small record the citizen can see
 * and delete; every save writes the whole conversation at once. load(), save(), remove() and
 * the unsaved-changes API: see RecordRepository.
 */
class ConversationRepository : public RecordRepository<ConversationRows> {
    Q_OBJECT

public:
    explicit ConversationRepository(Vault &vault, QObject *parent = nullptr);

    /** Every conversation, unsaved ones included, earliest first. */
    [[nodiscard]] QList<Conversation> all() const { return records(); }

signals:
    /** Saved or removed (in memory at least), so views can reload it. */
    void conversationChanged(const QString &id);

private:
    void recordChanged(const QString &id) override { emit conversationChanged(id); }
};

} // namespace mapje
