#pragma once

#include <QUrl>

namespace baartal::testsupport {

// http://127.0.0.1:PORT for a port that was free a moment ago and has nobody listening on it now:
// where a client meets a server that is down.
QUrl closedLoopbackUrl();

// http://127.0.0.1:PORT for a given port.
QUrl loopbackUrl(quint16 port);

} // namespace baartal::testsupport
