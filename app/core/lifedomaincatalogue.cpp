#include "core/lifedomaincatalogue.h"

#include "core/contentfile.h"

namespace mapje {

namespace {

// app/core/content/lifedomains.json, in the order of docs/principles.md. Ids are stored and synced:
// never change them.
QList<LifeDomain> shippedDomains()
{
    const ContentFile file(
        QStringLiteral(":/content/lifedomains.json"), LifeDomain::TranslationContext);
    QList<LifeDomain> domains;
    for (const ContentItem &item : file.top().items("domains")) {
        domains.append(LifeDomain(item.string("id"), item.text("name"), item.text("explanation"),
            item.texts("questions")));
    }
    file.requireValid();
    return domains;
}

} // namespace

const QList<LifeDomain> &LifeDomainCatalogue::domains()
{
    static const QList<LifeDomain> catalogue = shippedDomains();
    return catalogue;
}

QStringList LifeDomainCatalogue::ids()
{
    QStringList result;
    result.reserve(domains().size());
    for (const LifeDomain &domain : domains())
        result.append(domain.id());
    return result;
}

std::optional<LifeDomain> LifeDomainCatalogue::find(QStringView id)
{
    for (const LifeDomain &domain : domains()) {
        if (domain.id() == id)
            return domain;
    }
    return std::nullopt;
}

bool LifeDomainCatalogue::contains(QStringView id)
{
    return find(id).has_value();
}

} // namespace mapje
