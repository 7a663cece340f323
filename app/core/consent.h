#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace mapje {

/** The citizen's yes or no to sharing one item; nothing leaves the device without a yes. */
class Consent {
public:
    /** The kinds of items that can be shared with the municipality. */
    enum class ItemKind {
        Board,
        Goal,
        CheckIn,
        Appointment,
        Mapje, ///< the whole mapje as a PDF or a printout, never sent to the municipality
    };

    /** Not shared unless the citizen says yes. */
    explicit Consent(ItemKind itemKind, QString itemId, bool sharedAllowed = false);

    [[nodiscard]] ItemKind itemKind() const { return m_itemKind; }
    [[nodiscard]] QString itemId() const { return m_itemId; }
    [[nodiscard]] bool isSharedAllowed() const { return m_sharedAllowed; }
    void setSharedAllowed(bool allowed) { m_sharedAllowed = allowed; }
    /** Whether this consent is about that item. */
    [[nodiscard]] bool isFor(ItemKind itemKind, const QString &itemId) const
    {
        return m_itemKind == itemKind && m_itemId == itemId;
    }

    /** Stable text keys for storage and sync: "board", "goal", "checkIn", "appointment", "mapje".
     */
    [[nodiscard]] static QString itemKindKey(ItemKind itemKind);
    [[nodiscard]] static std::optional<ItemKind> itemKindFromKey(QStringView key);

    friend bool operator==(const Consent &, const Consent &) = default;

private:
    ItemKind m_itemKind;
    QString m_itemId;
    bool m_sharedAllowed;
};

} // namespace mapje
