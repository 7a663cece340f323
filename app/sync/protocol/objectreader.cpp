#include "sync/protocol/objectreader.h"

#include <QRegularExpression>
#include <cmath>

namespace mapje::protocol {

ObjectReader::ObjectReader(
    const QJsonObject &object, QString pointer, std::optional<ProtocolError> *error)
    : m_object(object), m_pointer(std::move(pointer)), m_error(error)
{
}

QString ObjectReader::below(const QString &pointer, const QString &name)
{
    QString part = name;
    part.replace(QLatin1Char('~'), QStringLiteral("~0"))
        .replace(QLatin1Char('/'), QStringLiteral("~1"));
    return pointer + QLatin1Char('/') + part;
}

void ObjectReader::fail(ProtocolError::Kind kind, const QString &name)
{
    if (!m_error->has_value())
        *m_error = ProtocolError {kind, name.isEmpty() ? m_pointer : below(m_pointer, name)};
}

std::optional<QJsonValue> ObjectReader::take(const QString &name, Need need, QJsonValue::Type type)
{
    m_read.insert(name);
    if (!ok())
        return std::nullopt;
    const auto it = m_object.constFind(name);
    if (it == m_object.constEnd()) {
        if (need == Need::Required)
            fail(ProtocolError::Kind::MissingField, name);
        return std::nullopt;
    }
    if (it->type() != type) {
        fail(ProtocolError::Kind::WrongType, name);
        return std::nullopt;
    }
    return *it;
}

QString ObjectReader::text(const QString &name, Need need, qsizetype maxLength, qsizetype minLength)
{
    const auto value = take(name, need, QJsonValue::String);
    if (!value)
        return {};
    const QString text = value->toString();
    if (text.size() > maxLength || text.size() < minLength) {
        fail(ProtocolError::Kind::BadValue, name);
        return {};
    }
    return text;
}

QString ObjectReader::choice(const QString &name, Need need, const QStringList &allowed)
{
    const auto value = take(name, need, QJsonValue::String);
    if (!value)
        return {};
    if (!allowed.contains(value->toString())) {
        fail(ProtocolError::Kind::BadValue, name);
        return {};
    }
    return value->toString();
}

QString ObjectReader::matching(const QString &name, Need need, const QString &pattern)
{
    const auto value = take(name, need, QJsonValue::String);
    if (!value)
        return {};
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    if (!expression.match(value->toString()).hasMatch()) {
        fail(ProtocolError::Kind::BadValue, name);
        return {};
    }
    return value->toString();
}

int ObjectReader::integer(const QString &name, Need need, int min, int max, int fallback)
{
    const auto value = take(name, need, QJsonValue::Double);
    if (!value)
        return fallback;
    const double number = value->toDouble();
    if (std::trunc(number) != number || number < min || number > max) {
        fail(ProtocolError::Kind::BadValue, name);
        return fallback;
    }
    return static_cast<int>(number);
}

bool ObjectReader::boolean(const QString &name, Need need)
{
    const auto value = take(name, need, QJsonValue::Bool);
    return value && value->toBool();
}

QDateTime ObjectReader::utcTime(const QString &name, Need need)
{
    static thread_local const QRegularExpression form(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$)"));
    const auto value = take(name, need, QJsonValue::String);
    if (!value)
        return {};
    const QString text = value->toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!form.match(text).hasMatch() || !time.isValid()) {
        fail(ProtocolError::Kind::BadValue, name);
        return {};
    }
    return time.toUTC();
}

QDate ObjectReader::date(const QString &name, Need need)
{
    static thread_local const QRegularExpression form(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const auto value = take(name, need, QJsonValue::String);
    if (!value)
        return {};
    const QDate day = QDate::fromString(value->toString(), Qt::ISODate);
    if (!form.match(value->toString()).hasMatch() || !day.isValid()) {
        fail(ProtocolError::Kind::BadValue, name);
        return {};
    }
    return day;
}

void ObjectReader::version()
{
    m_read.insert(QStringLiteral("versie"));
    if (!ok())
        return;
    const QJsonValue value = m_object.value(QStringLiteral("versie"));
    if (!value.isDouble() || value.toDouble() != 1.0)
        fail(ProtocolError::Kind::UnknownVersion, QStringLiteral("versie"));
}

void ObjectReader::list(const QString &name, Need need, qsizetype maxItems, qsizetype minItems,
    const std::function<void(const QJsonValue &, const QString &)> &readItem)
{
    const auto value = take(name, need, QJsonValue::Array);
    if (!value)
        return;
    const QJsonArray items = value->toArray();
    if (items.size() > maxItems || items.size() < minItems) {
        fail(ProtocolError::Kind::BadValue, name);
        return;
    }
    const QString pointer = below(m_pointer, name);
    for (qsizetype i = 0; i < items.size() && ok(); ++i)
        readItem(items.at(i), pointer + QLatin1Char('/') + QString::number(i));
}

QStringList ObjectReader::texts(
    const QString &name, Need need, qsizetype maxItems, qsizetype maxLength)
{
    QStringList found;
    list(name, need, maxItems, 0, [&](const QJsonValue &item, const QString &pointer) {
        if (!item.isString())
            *m_error = ProtocolError {ProtocolError::Kind::WrongType, pointer};
        else if (item.toString().size() > maxLength)
            *m_error = ProtocolError {ProtocolError::Kind::BadValue, pointer};
        else
            found.append(item.toString());
    });
    return ok() ? found : QStringList();
}

void ObjectReader::object(
    const QString &name, Need need, const std::function<void(ObjectReader &)> &readObject)
{
    const auto value = take(name, need, QJsonValue::Object);
    if (!value)
        return;
    ObjectReader inner(value->toObject(), below(m_pointer, name), m_error);
    readObject(inner);
    inner.finish();
}

void ObjectReader::finish()
{
    if (!ok())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            fail(ProtocolError::Kind::UnknownField, it.key());
            return;
        }
    }
}

} // namespace mapje::protocol
