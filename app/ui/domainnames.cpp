#include "ui/domainnames.h"

#include <QCoreApplication>

#include "core/lifedomaincatalogue.h"

namespace DomainNames {

QString name(const QString &domainId)
{
    const auto domain = mapje::LifeDomainCatalogue::find(domainId);
    return domain ? domain->name() : domainId;
}

QString joined(const QStringList &domainIds)
{
    QStringList names;
    for (const QString &id : domainIds)
        names.append(name(id));
    if (names.size() <= 1)
        return names.value(0);
    //: Joins the last two names of a list: "Geld, Wonen en Werk".
    return QCoreApplication::translate("DomainNames", "%1 en %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.constLast());
}

} // namespace DomainNames
