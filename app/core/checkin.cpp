#include "core/checkin.h"

#include "core/clock.h"

namespace mapje {

CheckIn::CheckIn(QString id, QDateTime when) : m_id(std::move(id)), m_when(std::move(when))
{
}

bool CheckIn::hasPassed(const Clock &clock) const
{
    return m_when.isValid() && m_when <= clock.now();
}

} // namespace mapje
