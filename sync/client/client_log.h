#pragma once

#include <QLoggingCategory>

namespace baartal::sync {

// "baartal.sync.client": the counter's requests to the server and its local store.
Q_DECLARE_LOGGING_CATEGORY(lcClient)

} // namespace baartal::sync
