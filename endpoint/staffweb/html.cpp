#include "staffweb/html.h"

namespace mapje::endpoint {

QString Html::escape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

void Html::startTag(const char *tag, const Attributes &attributes)
{
    m_out += QLatin1Char('<') + QLatin1String(tag);
    for (const Attribute &attribute : attributes) {
        m_out += QLatin1Char(' ') + QLatin1String(attribute.name);
        // A boolean attribute (required, selected) is written without a value.
        if (!attribute.value.isNull())
            m_out += QLatin1String("=\"") + escape(attribute.value) + QLatin1Char('"');
    }
    m_out += QLatin1Char('>');
}

Html &Html::open(const char *tag, const Attributes &attributes)
{
    startTag(tag, attributes);
    m_open.append(tag);
    return *this;
}

Html &Html::close()
{
    if (!m_open.isEmpty())
        m_out += QLatin1String("</") + QLatin1String(m_open.takeLast()) + QLatin1Char('>');
    return *this;
}

Html &Html::element(const char *tag, const QString &text, const Attributes &attributes)
{
    startTag(tag, attributes);
    m_out += escape(text) + QLatin1String("</") + QLatin1String(tag) + QLatin1Char('>');
    return *this;
}

Html &Html::empty(const char *tag, const Attributes &attributes)
{
    startTag(tag, attributes);
    return *this;
}

Html &Html::text(const QString &text)
{
    m_out += escape(text);
    return *this;
}

QByteArray Html::page() const
{
    QString whole = QStringLiteral("<!DOCTYPE html>\n") + m_out;
    for (qsizetype i = m_open.size() - 1; i >= 0; --i)
        whole += QLatin1String("</") + QLatin1String(m_open.at(i)) + QLatin1Char('>');
    return whole.toUtf8();
}

} // namespace mapje::endpoint
