#pragma once

#include <QString>
#include <QStringList>

namespace mapje {

/** Domain names in words, the way people write a list: "Geld, Wonen en Werk". */
namespace DomainNames {
[[nodiscard]] QString name(const QString &domainId);
[[nodiscard]] QString joined(const QStringList &domainIds);
} // namespace DomainNames

} // namespace mapje
