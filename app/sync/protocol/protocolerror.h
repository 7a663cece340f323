#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace mapje::protocol {

/** Why a body was refused. Never a crash, never a guess: the first thing that is wrong. */
struct ProtocolError {
    enum class Kind {
        TooLarge, ///< more bytes than this resource accepts
        NotJson, ///< not valid JSON, or not one JSON object
        TooDeep, ///< nested deeper than any resource is
        DuplicateKey, ///< a key twice in one object (parsers disagree on which one wins)
        UnknownVersion, ///< "versie" is missing or not one this side speaks
        MissingField,
        WrongType,
        UnknownField, ///< a field this version does not have (a typo must not pass unnoticed)
        BadValue, ///< the right type, but not allowed here (too long, not in the list, not UTC)
    };
    Kind kind = Kind::NotJson;
    /** Where, as a JSON pointer ("/inhoud/leefgebieden/0/gevoel"); empty for the whole body. */
    QString field;

    /** One plain Dutch sentence for a problem+json "detail" and for logs; no content quoted. */
    [[nodiscard]] QString detail() const;
    friend bool operator==(const ProtocolError &, const ProtocolError &) = default;
};

/** A decoded value or why it could not be decoded. */
template<typename T> class Decoded {
public:
    Decoded(T value) : m_state(std::move(value)) { } // NOLINT: implicit on purpose
    Decoded(ProtocolError error) : m_state(std::move(error)) { } // NOLINT

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    [[nodiscard]] const T &value() const { return std::get<T>(m_state); }
    [[nodiscard]] T &value() { return std::get<T>(m_state); }
    [[nodiscard]] const ProtocolError &error() const { return std::get<ProtocolError>(m_state); }

private:
    std::variant<T, ProtocolError> m_state;
};

} // namespace mapje::protocol
