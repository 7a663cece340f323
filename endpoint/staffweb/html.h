#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mapje::endpoint {

/**
 * Builds an HTML page where only the page's own tag and attribute names are written as they are:
 * every text and every attribute value goes through escape(), whoever wrote it (the citizen, the
 * staff member, the database). A page is never made by gluing raw input into markup.
 */
class Html {
public:
    struct Attribute {
        const char *name;
        QString value;
    };
    using Attributes = QList<Attribute>;

    /** & < > " ' as character references: safe in text and in a quoted attribute value. */
    [[nodiscard]] static QString escape(QStringView text);

    /** Opens an element; close it with close(). */
    Html &open(const char *tag, const Attributes &attributes = {});
    Html &close();
    /** An element with only this text inside: <tag …>text</tag>. */
    Html &element(const char *tag, const QString &text, const Attributes &attributes = {});
    /** A void element (img, input, meta, link, br). */
    Html &empty(const char *tag, const Attributes &attributes = {});
    /** Text, escaped. */
    Html &text(const QString &text);

    /** The whole page, with its doctype; every element opened is closed. */
    [[nodiscard]] QByteArray page() const;

private:
    void startTag(const char *tag, const Attributes &attributes);

    QString m_out;
    QList<const char *> m_open;
};

} // namespace mapje::endpoint
