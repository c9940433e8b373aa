#include "tests/testsupport/loopback.h"

#include <QTcpServer>

namespace baartal::testsupport {

QUrl closedLoopbackUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return {};
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return loopbackUrl(port);
}

QUrl loopbackUrl(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

} // namespace baartal::testsupport
