#include "staffweb/sessioncookie.h"

#include <QStringList>
#include <httplib.h>

namespace mapje::endpoint::SessionCookie {

namespace {

std::string attributes(bool plainHttpForTests)
{
    return plainHttpForTests ? "; Path=/; HttpOnly; SameSite=Strict"
                             : "; Path=/; Secure; HttpOnly; SameSite=Strict";
}

} // namespace

QString name(bool plainHttpForTests)
{
    return plainHttpForTests ? QStringLiteral("mapje-sessie-test")
                             : QStringLiteral("__Host-mapje-sessie");
}

std::string set(const QString &id, bool plainHttpForTests)
{
    return name(plainHttpForTests).toStdString() + '=' + id.toStdString()
        + attributes(plainHttpForTests);
}

std::string cleared(bool plainHttpForTests)
{
    return name(plainHttpForTests).toStdString() + "=" + attributes(plainHttpForTests)
        + "; Max-Age=0";
}

QString read(const httplib::Request &request, bool plainHttpForTests)
{
    const QString wanted = name(plainHttpForTests);
    // Every Cookie header, every "name=value" in it; an id is base64url, nothing else counts.
    for (size_t i = 0; i < request.get_header_value_count("Cookie"); ++i) {
        const QString header = QString::fromStdString(request.get_header_value("Cookie", i));
        for (const QString &part : header.split(QLatin1Char(';'))) {
            const QString pair = part.trimmed();
            if (pair.startsWith(wanted + QLatin1Char('='))) {
                const QString value = pair.mid(wanted.size() + 1);
                if (value.size() == 43)
                    return value;
            }
        }
    }
    return {};
}

} // namespace mapje::endpoint::SessionCookie
