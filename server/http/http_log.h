#pragma once

#include <QLoggingCategory>

namespace baartal::server {

// "baartal.server.http": one line per request, plus failures of the HTTP layer itself.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace baartal::server
