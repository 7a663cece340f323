#pragma once

#include "core/idgenerator.h"

namespace mapje {

/** Gives random UUIDs without braces, so ids made on different devices never clash. */
class UuidIdGenerator final : public IdGenerator {
public:
    [[nodiscard]] QString next() override;
};

} // namespace mapje
