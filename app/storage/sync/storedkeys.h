#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <initializer_list>
#include <optional>
#include <utility>

namespace mapje {

/**
 * Stable text keys for an enum the core gives none (a proposal's kind and state, an outbox
 * action), so a row never holds a number whose meaning would move with the enum.
 */
template<typename Enum> class StoredKeys {
public:
    StoredKeys(std::initializer_list<std::pair<Enum, QString>> keys) : m_keys(keys) { }

    [[nodiscard]] QString key(Enum value) const
    {
        for (const auto &[known, key] : m_keys) {
            if (known == value)
                return key;
        }
        return {};
    }

    /** Nothing for a key this version does not know: the caller skips the row, never guesses. */
    [[nodiscard]] std::optional<Enum> value(QStringView key) const
    {
        for (const auto &[value, known] : m_keys) {
            if (known == key)
                return value;
        }
        return std::nullopt;
    }

private:
    QList<std::pair<Enum, QString>> m_keys;
};

} // namespace mapje
