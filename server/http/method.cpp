#include "server/http/method.h"

#include <QtGlobal>

namespace baartal::server {

QLatin1StringView methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QLatin1StringView("GET");
    case Method::Head:
        return QLatin1StringView("HEAD");
    case Method::Post:
        return QLatin1StringView("POST");
    case Method::Put:
        return QLatin1StringView("PUT");
    case Method::Patch:
        return QLatin1StringView("PATCH");
    case Method::Delete:
        return QLatin1StringView("DELETE");
    case Method::Options:
        return QLatin1StringView("OPTIONS");
    }
    Q_UNREACHABLE();
}

} // namespace baartal::server
