#include "core/step.h"

namespace mapje {

Step::Step(QString id, const QString &text, bool done)
    : m_id(std::move(id)), m_text(text.trimmed()), m_done(done)
{
}

} // namespace mapje
