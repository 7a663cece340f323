#include "core/secretpolicy.h"

#include <QList>

#include <algorithm>

namespace mapje {

namespace {

constexpr int kDigitCount = 10;

// Every digit the same ("11111"), or every next digit one up or one down, the keypad way
// round ("12345", "54321", "67890", "09876"). Trivially guessed, so refused.
bool isTooEasyPin(const QList<uint> &codePoints)
{
    QList<int> digits;
    digits.reserve(codePoints.size());
    for (uint codePoint : codePoints)
        digits.append(QChar::digitValue(char32_t(codePoint)));

    const auto allSteps = [&](int step) {
        for (qsizetype i = 1; i < digits.size(); ++i) {
            if ((digits.at(i - 1) + step + kDigitCount) % kDigitCount != digits.at(i))
                return false;
        }
        return true;
    };
    return allSteps(0) || allSteps(1) || allSteps(-1);
}

} // namespace

bool SecretPolicy::isPin(const QString &secret)
{
    const QList<uint> codePoints = secret.toUcs4();
    return !codePoints.isEmpty() && std::all_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        return QChar::isDigit(char32_t(c));
    });
}

SecretPolicy::Result SecretPolicy::check(const QString &secret)
{
    if (secret.trimmed().isEmpty())
        return Result::Empty;
    const QList<uint> codePoints = secret.toUcs4();
    if (isPin(secret)) {
        if (codePoints.size() < minimumPinLength)
            return Result::TooShortPin;
        if (isTooEasyPin(codePoints))
            return Result::TooEasyPin;
        return Result::Ok;
    }
    if (codePoints.size() < minimumPassphraseLength)
        return Result::TooShortPassphrase;
    return Result::Ok;
}

} // namespace mapje
