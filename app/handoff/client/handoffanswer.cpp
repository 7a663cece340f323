#include "handoff/client/handoffanswer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace mapje {

HandoffAnswer HandoffAnswer::of(int status, const QByteArray &problem, const QByteArray &retryAfter)
{
    using enum Outcome;
    bool numeric = false;
    const int seconds = retryAfter.trimmed().toInt(&numeric);
    const int wait = numeric && seconds > 0 ? std::min(seconds, 3600) : 0;
    if (status >= 200 && status < 300)
        return {Done, status, 0};
    if (status == 404)
        return {Gone, status, 0};
    if (status == 409) {
        // Which 409 it is, the problem's type says (docs/api/openapi.yaml).
        const QString type = QJsonDocument::fromJson(problem)
                                 .object()
                                 .value(QStringLiteral("type"))
                                 .toString()
                                 .section(QLatin1Char('/'), -1);
        if (type == QLatin1String("overdracht-bezet") || type == QLatin1String("al-verstuurd"))
            return {Taken, status, 0};
        if (type == QLatin1String("nog-geen-telefoon")
            || type == QLatin1String("nog-niet-verstuurd"))
            return {NotYet, status, wait};
        return {NoAnswer, status, wait}; // "nog-bezig": the same key is still running
    }
    if (status == 429)
        return {TooMany, status, wait};
    if (status == 400 || status == 401 || status == 413 || status == 415 || status == 422)
        return {Refused, status, 0};
    return {NoAnswer, status, wait};
}

} // namespace mapje
