#pragma once

#include "sync/protocol/protocolerror.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace mapje::protocol {

/**
 * Reads the fields of one JSON object by the rules of the protocol and keeps the first thing
 * that is wrong: a missing required field, a wrong type, a value out of bounds. finish() then
 * also refuses any field that was not read, so a typo or a field of a newer version is never
 * silently dropped. Each read returns a harmless default after an error; check ok() at the end.
 */
class ObjectReader {
public:
    ObjectReader(const QJsonObject &object, QString pointer, std::optional<ProtocolError> *error);

    enum class Need { Required, Optional };

    /** A string of minLength..maxLength characters (UTF-16 units), as sent: not trimmed. */
    QString text(const QString &name, Need need, qsizetype maxLength, qsizetype minLength = 0);
    /** A string from a fixed list of values. */
    QString choice(const QString &name, Need need, const QStringList &allowed);
    /** A string that matches pattern completely. */
    QString matching(const QString &name, Need need, const QString &pattern);
    /** A whole number in [min, max]; fallback when an optional one is absent. */
    int integer(const QString &name, Need need, int min, int max, int fallback = 0);
    bool boolean(const QString &name, Need need);
    /** An RFC 3339 date-time in UTC with "Z"; an invalid QDateTime when absent. */
    QDateTime utcTime(const QString &name, Need need);
    /** A calendar date, YYYY-MM-DD; an invalid QDate when absent. */
    QDate date(const QString &name, Need need);
    /** The "versie" field: exactly 1. */
    void version();
    /** A list of at most maxItems entries, each read by readItem with its own reader. */
    void list(const QString &name, Need need, qsizetype maxItems, qsizetype minItems,
        const std::function<void(const QJsonValue &, const QString &pointer)> &readItem);
    /** A list of strings, each at most maxLength long. */
    QStringList texts(const QString &name, Need need, qsizetype maxItems, qsizetype maxLength);
    /** A nested object, read by readObject. */
    void object(
        const QString &name, Need need, const std::function<void(ObjectReader &)> &readObject);

    /** Refuses fields that were never read. Call once, after every read. */
    void finish();
    [[nodiscard]] bool ok() const { return !m_error->has_value(); }
    [[nodiscard]] bool has(const QString &name) const { return m_object.contains(name); }
    [[nodiscard]] QString pointer() const { return m_pointer; }
    [[nodiscard]] std::optional<ProtocolError> *errorSlot() const { return m_error; }

    /** The pointer of a member below a pointer. */
    [[nodiscard]] static QString below(const QString &pointer, const QString &name);

private:
    // The value when it is there and of the wanted type; nothing (and an error if required or of
    // the wrong type) otherwise.
    std::optional<QJsonValue> take(const QString &name, Need need, QJsonValue::Type type);
    void fail(ProtocolError::Kind kind, const QString &name);

    QJsonObject m_object;
    QString m_pointer;
    std::optional<ProtocolError> *m_error;
    QSet<QString> m_read;
};

} // namespace mapje::protocol
