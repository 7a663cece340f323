#include "sync/client/transportpolicy.h"

#include <QHostAddress>

namespace mapje {

bool TransportPolicy::allows(const QUrl &base)
{
    if (!base.isValid() || base.host().isEmpty() || !base.userInfo().isEmpty())
        return false;
    if (base.scheme() == QLatin1String("https"))
        return true;
    // A name such as "localhost" is not enough: it could resolve elsewhere.
    const QHostAddress address(base.host());
    return base.scheme() == QLatin1String("http") && !address.isNull() && address.isLoopback();
}

} // namespace mapje
