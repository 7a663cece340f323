#include "storage/filewriteresult.h"

#include <cerrno>
#include <cstring>

namespace mapje {

FileWriteResult FileWriteResult::failed(int error, const char *step)
{
    FileWriteResult result;
    result.m_error = error;
    result.m_step = step;
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        result.m_problem = Problem::NoSpace;
        break;
    case EACCES:
    case EPERM:
    case EROFS:
    case ELOOP:
        result.m_problem = Problem::NotAllowed;
        break;
    default:
        result.m_problem = Problem::Other;
        break;
    }
    return result;
}

QString FileWriteResult::describe() const
{
    if (ok())
        return QStringLiteral("ok");
    return QStringLiteral("%1: %2").arg(
        QLatin1String(m_step), QString::fromLocal8Bit(std::strerror(m_error)));
}

} // namespace mapje
