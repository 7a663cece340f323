#pragma once

#include <QString>

namespace mapje {

/** Decides whether a PIN or passphrase may protect the vault, without any "strength score". */
class SecretPolicy {
public:
    enum class Result {
        Ok,
        Empty, ///< nothing typed (or only spaces)
        TooShortPin, ///< digits only, fewer than minimumPinLength
        TooEasyPin, ///< all the same digit, or a straight run such as 12345 or 54321
        TooShortPassphrase, ///< not only digits, fewer than minimumPassphraseLength characters
    };

    static constexpr qsizetype minimumPinLength = 5;
    static constexpr qsizetype minimumPassphraseLength = 8;

    SecretPolicy() = delete;

    /** The secret is judged as typed: it is never trimmed or changed. */
    [[nodiscard]] static Result check(const QString &secret);
    /** True when the secret is made of digits only (a pincode), false for a passphrase or "". */
    [[nodiscard]] static bool isPin(const QString &secret);
};

} // namespace mapje
