#include "core/contentitem.h"

namespace mapje {

ContentItem::ContentItem(
    QString path, QString where, QJsonObject object, QSharedPointer<QStringList> problems)
    : m_path(std::move(path)),
      m_where(std::move(where)),
      m_object(std::move(object)),
      m_problems(std::move(problems))
{
}

QJsonValue ContentItem::value(const char *field) const
{
    const QJsonValue found = m_object.value(QLatin1String(field));
    if (found.isUndefined())
        problem(QLatin1String(field), QStringLiteral("is missing"));
    return found;
}

void ContentItem::problem(const QString &where, const QString &what) const
{
    const QString place = m_where.isEmpty() ? where : m_where + u'.' + where;
    m_problems->append(QStringLiteral("%1: %2 %3").arg(m_path, place, what));
}

QString ContentItem::string(const char *field) const
{
    const QJsonValue found = value(field);
    if (found.isUndefined())
        return {};
    if (!found.isString() || found.toString().trimmed().isEmpty())
        problem(QLatin1String(field), QStringLiteral("must be a text that is not empty"));
    return found.toString();
}

QJsonArray ContentItem::list(const char *field) const
{
    const QJsonValue found = value(field);
    if (found.isUndefined())
        return {};
    if (!found.isArray() || found.toArray().isEmpty())
        problem(QLatin1String(field), QStringLiteral("must be a list that is not empty"));
    return found.toArray();
}

QString ContentItem::placeIn(const char *field, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(field)).arg(index);
}

QStringList ContentItem::strings(const char *field) const
{
    const QJsonArray found = list(field);
    QStringList result;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (!found.at(i).isString() || found.at(i).toString().trimmed().isEmpty())
            problem(placeIn(field, i), QStringLiteral("must be a text that is not empty"));
        result.append(found.at(i).toString());
    }
    return result;
}

bool ContentItem::flag(const char *field) const
{
    const QJsonValue found = value(field);
    if (!found.isUndefined() && !found.isBool())
        problem(QLatin1String(field), QStringLiteral("must be true or false"));
    return found.toBool();
}

ContentText ContentItem::textAt(const QJsonValue &found, const QString &where) const
{
    // "…", or {"source": "…", "disambiguation": "…", "note": "…"}; the note is for translators.
    const QJsonValue source
        = found.isObject() ? found.toObject().value(QLatin1String("source")) : found;
    if (!source.isString() || source.toString().trimmed().isEmpty()) {
        problem(where, QStringLiteral("must be a Dutch text that is not empty"));
        return {};
    }
    return {source.toString().toUtf8(),
        found.toObject().value(QLatin1String("disambiguation")).toString().toUtf8()};
}

ContentText ContentItem::text(const char *field) const
{
    const QJsonValue found = value(field);
    return found.isUndefined() ? ContentText() : textAt(found, QLatin1String(field));
}

QList<ContentText> ContentItem::texts(const char *field) const
{
    const QJsonArray found = list(field);
    QList<ContentText> result;
    for (qsizetype i = 0; i < found.size(); ++i)
        result.append(textAt(found.at(i), placeIn(field, i)));
    return result;
}

QList<ContentItem> ContentItem::items(const char *field) const
{
    const QJsonArray found = list(field);
    QList<ContentItem> result;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (!found.at(i).isObject())
            problem(placeIn(field, i), QStringLiteral("must be an object"));
        const QString place
            = m_where.isEmpty() ? placeIn(field, i) : m_where + u'.' + placeIn(field, i);
        result.append(ContentItem(m_path, place, found.at(i).toObject(), m_problems));
    }
    return result;
}

} // namespace mapje
