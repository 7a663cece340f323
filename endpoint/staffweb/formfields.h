#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <optional>

namespace mapje::endpoint {

/**
 * The fields of a posted form (application/x-www-form-urlencoded), from the body only: a value in
 * the URL's query never stands in for a form field. Strict: at most 64 fields, each name once,
 * valid UTF-8, no control characters but line breaks and tabs.
 */
class FormFields {
public:
    /** Nothing when the body is no form at all. */
    [[nodiscard]] static std::optional<FormFields> parse(QByteArrayView body);

    /** The value, trimmed; "" when the field was not sent. */
    [[nodiscard]] QString value(const QString &name) const;
    /** The value as typed, untrimmed (a password). */
    [[nodiscard]] QString raw(const QString &name) const;

private:
    QHash<QString, QString> m_values;
};

} // namespace mapje::endpoint
