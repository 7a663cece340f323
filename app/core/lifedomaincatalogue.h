#pragma once

#include "core/lifedomain.h"

#include <QStringView>
#include <optional>

namespace mapje {

/** The shipped list of the fourteen leefgebieden (docs/principles.md), in the order people see
 * them; read from app/core/content/lifedomains.json. */
class LifeDomainCatalogue {
public:
    LifeDomainCatalogue() = delete;

    /** All domains in the order of docs/principles.md. */
    [[nodiscard]] static const QList<LifeDomain> &domains();
    /** All stable ids in the same order. */
    [[nodiscard]] static QStringList ids();
    /** The domain with this id, or nothing for an unknown id. */
    [[nodiscard]] static std::optional<LifeDomain> find(QStringView id);
    [[nodiscard]] static bool contains(QStringView id);
};

} // namespace mapje
