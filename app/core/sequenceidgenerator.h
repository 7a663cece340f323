#pragma once

#include "core/idgenerator.h"

namespace mapje {

/** Gives "prefix-1", "prefix-2", …; for tests and screenshots that need the same ids every run. */
class SequenceIdGenerator final : public IdGenerator {
public:
    explicit SequenceIdGenerator(QString prefix = QStringLiteral("id"))
        : m_prefix(std::move(prefix))
    {
    }
    [[nodiscard]] QString next() override
    {
        return m_prefix + QLatin1Char('-') + QString::number(++m_last);
    }

private:
    QString m_prefix;
    qint64 m_last = 0;
};

} // namespace mapje
