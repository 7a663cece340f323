#pragma once

#include "core/contentitem.h"

#include <QJsonObject>
#include <QSharedPointer>
#include <QString>

namespace mapje {

/**
 * One data file of Mapje's shipped content (app/core/content/*.json, built into the resource
 * :/content/): Dutch source texts and the keys that never change. The build checks each file
 * (tools/contenttexts); reading one here says what is wrong, never quietly gives less.
 */
class ContentFile {
public:
    /** Reads the file; it must be a JSON object whose "context" is this Linguist context. */
    ContentFile(const QString &path, const char *context);

    /** The first problem met while reading ("<path>: <where>: <what>"), or empty. */
    [[nodiscard]] QString error() const
    {
        return m_problems->isEmpty() ? QString() : m_problems->first();
    }
    [[nodiscard]] bool isValid() const { return m_problems->isEmpty(); }
    /** The top of the file, to read its fields from. */
    [[nodiscard]] ContentItem top() const;
    /** Stops Mapje with the problem: a shipped file is checked when Mapje is built, so a file
     * that does not read here is a bug, and an empty glossary or board would hide it. */
    void requireValid() const;

private:
    QString m_path;
    QJsonObject m_top;
    QSharedPointer<QStringList> m_problems;
};

} // namespace mapje
