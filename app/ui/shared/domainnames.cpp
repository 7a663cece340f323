#include "ui/shared/domainnames.h"

#include <QCoreApplication>

#include "core/lifedomaincatalogue.h"

namespace mapje {

namespace DomainNames {

QString name(const QString &domainId)
{
    const auto domain = LifeDomainCatalogue::find(domainId);
    return domain ? domain->name() : domainId;
}

QString joined(const QStringList &domainIds)
{
    QStringList names;
    for (const QString &id : domainIds)
        names.append(name(id));
    if (names.size() <= 1)
        return names.value(0);
    // Each language its own comma: Arabic writes "،", not ",".
    QString list = names.constFirst();
    for (qsizetype i = 1; i + 1 < names.size(); ++i) {
        //: Joins two names in a list, before the last one: "Geld, Wonen" in "Geld, Wonen en Werk".
        list = QCoreApplication::translate("DomainNames", "%1, %2").arg(list, names.at(i));
    }
    //: Joins the last two names of a list: "Geld, Wonen en Werk".
    return QCoreApplication::translate("DomainNames", "%1 en %2").arg(list, names.constLast());
}

} // namespace DomainNames

} // namespace mapje
