#include "server/http/http_log.h"

namespace baartal::server {

Q_LOGGING_CATEGORY(lcHttp, "baartal.server.http")

} // namespace baartal::server
