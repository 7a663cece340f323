#include "staffweb/formfields.h"

#include <QByteArray>
#include <QStringDecoder>

namespace mapje::endpoint {

namespace {

std::optional<QString> decoded(QByteArray part)
{
    part.replace('+', ' ');
    const QByteArray bytes = QByteArray::fromPercentEncoding(part);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError())
        return std::nullopt;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\r')
            && c != QLatin1Char('\t'))
            return std::nullopt;
    }
    // Browsers send line breaks as CR LF; the rest of Mapje keeps LF.
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

} // namespace

std::optional<FormFields> FormFields::parse(QByteArrayView body)
{
    constexpr int MaxFields = 64;
    FormFields fields;
    if (body.isEmpty())
        return fields;
    const QList<QByteArray> pairs = body.toByteArray().split('&');
    if (pairs.size() > MaxFields)
        return std::nullopt;
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const auto name = decoded(equals < 0 ? pair : pair.left(equals));
        const auto value = decoded(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (!name || !value || name->isEmpty() || fields.m_values.contains(*name))
            return std::nullopt;
        fields.m_values.insert(*name, *value);
    }
    return fields;
}

QString FormFields::value(const QString &name) const
{
    return m_values.value(name).trimmed();
}

QString FormFields::raw(const QString &name) const
{
    return m_values.value(name);
}

} // namespace mapje::endpoint
