#include "sync/client/client_log.h"

namespace baartal::sync {

Q_LOGGING_CATEGORY(lcClient, "baartal.sync.client")

} // namespace baartal::sync
