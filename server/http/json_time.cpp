#include "server/http/json_time.h"

namespace baartal::server {

QJsonValue JsonTime::orNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace baartal::server
