#include "http/page.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <httplib.h>

namespace mapje::endpoint {

Page Page::of(const httplib::Request &request)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    Page page;
    if (request.has_param("sinds")) {
        const QString since = QString::fromStdString(request.get_param_value("sinds"));
        page.ok = digits.match(since).hasMatch();
        page.from = since.toLongLong();
    }
    if (request.has_param("limiet")) {
        bool ok = false;
        page.size = QString::fromStdString(request.get_param_value("limiet")).toInt(&ok);
        page.ok = page.ok && ok && page.size >= 1 && page.size <= 100;
    }
    return page;
}

Answer Page::refused()
{
    return Answer::problem(400, QStringLiteral("ongeldig-verzoek"),
        QStringLiteral("Het verzoek klopt niet."),
        QStringLiteral("sinds is een cursor uit een eerdere pagina; limiet is 1 tot 100."));
}

Answer Page::answer(const QString &name, const QJsonArray &all) const
{
    QJsonArray items;
    const qsizetype start = std::min(from, all.size());
    const qsizetype end = std::min(all.size(), start + size);
    for (qsizetype i = start; i < end; ++i)
        items.append(all.at(i));
    const QJsonObject json {{QStringLiteral("versie"), 1}, {name, items},
        {QStringLiteral("cursor"), QString::number(std::max(end, from))},
        {QStringLiteral("meer"), end < all.size()}};
    return Answer::json(200, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace mapje::endpoint
