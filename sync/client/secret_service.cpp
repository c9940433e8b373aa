#include "sync/client/secret_service.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>

namespace baartal::sync {

bool SecretService::reachable()
{
    static const QString kSecretService = QStringLiteral("org.freedesktop.secrets");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return false;
    }
    const QDBusConnectionInterface* names = bus.interface();
    return names->isServiceRegistered(kSecretService).value() ||
           names->activatableServiceNames().value().contains(kSecretService);
}

} // namespace baartal::sync
