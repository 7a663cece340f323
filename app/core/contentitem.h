#pragma once

#include "core/contenttext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

namespace mapje {

/** One object of a content file and where it lies ("entries[3]"), so a problem can say so. Each
 * getter notes a missing or wrong field in its file and returns an empty value. */
class ContentItem {
public:
    ContentItem(
        QString path, QString where, QJsonObject object, QSharedPointer<QStringList> problems);

    [[nodiscard]] bool has(const char *field) const
    {
        return m_object.contains(QLatin1String(field));
    }
    /** A non-empty plain string, such as a key. */
    [[nodiscard]] QString string(const char *field) const;
    /** A non-empty list of non-empty plain strings. */
    [[nodiscard]] QStringList strings(const char *field) const;
    [[nodiscard]] bool flag(const char *field) const;
    /** A Dutch source text: "…", or {"source": "…", "disambiguation": "…", "note": "…"}. */
    [[nodiscard]] ContentText text(const char *field) const;
    /** A non-empty list of texts. */
    [[nodiscard]] QList<ContentText> texts(const char *field) const;
    /** A non-empty list of objects. */
    [[nodiscard]] QList<ContentItem> items(const char *field) const;

private:
    [[nodiscard]] QJsonValue value(const char *field) const;
    /** The field's list; a problem when it is missing, no list or empty. */
    [[nodiscard]] QJsonArray list(const char *field) const;
    [[nodiscard]] static QString placeIn(const char *field, qsizetype index);
    [[nodiscard]] ContentText textAt(const QJsonValue &value, const QString &where) const;
    void problem(const QString &where, const QString &what) const;

    QString m_path;
    QString m_where;
    QJsonObject m_object;
    QSharedPointer<QStringList> m_problems;
};

} // namespace mapje
