#include "server/notifications/webhook_url_policy.h"

#include <QHostAddress>
#include <QList>
#include <QPair>

namespace baartal::server {

namespace {

core::Error refused(const QString& reason)
{
    return core::Error::invalid(QStringLiteral("invalid_webhook_url"), reason);
}

bool isLoopbackHost(const QString& host, const QHostAddress& address)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           (!address.isNull() && address.isLoopback());
}

// Addresses of this machine's networks rather than the public internet. Qt 6.4 has no isPrivateUse(), so
// the IPv4 private (RFC 1918), shared (RFC 6598) and "this network" ranges are listed here.
bool isInternal(const QHostAddress& address)
{
    static const QList<QPair<QHostAddress, int>> kPrivateV4{
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16"))};
    bool ok = false;
    const QHostAddress v4(address.toIPv4Address(&ok));
    const QHostAddress& plain = ok ? v4 : address;
    for (const auto& subnet : kPrivateV4) {
        if (plain.isInSubnet(subnet)) {
            return true;
        }
    }
    return plain.isLoopback() || plain.isLinkLocal() || plain.isSiteLocal() || plain.isUniqueLocalUnicast() ||
           plain.isMulticast() || plain.isBroadcast() || plain == QHostAddress(QHostAddress::AnyIPv6);
}

} // namespace

core::Result<QUrl> WebhookUrlPolicy::check(const QString& text) const
{
    if (text.size() > kMaxLength) {
        return refused(QStringLiteral("The webhook URL is longer than %1 characters.").arg(kMaxLength));
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return refused(QStringLiteral("The webhook URL must be an absolute https:// URL."));
    }
    if (!url.userInfo().isEmpty() || url.hasFragment()) {
        return refused(QStringLiteral("The webhook URL must not carry a user name, password or #fragment."));
    }
    const QString host = url.host();
    const QHostAddress address(host);
    const bool loopback = isLoopbackHost(host, address);
    if (loopback && m_allowLoopback) {
        return url;
    }
    if (scheme != QLatin1String("https")) {
        return refused(QStringLiteral("The webhook URL must use https://."));
    }
    if (loopback || (!address.isNull() && isInternal(address))) {
        return refused(QStringLiteral("The webhook URL must point to a public host, not %1.").arg(host));
    }
    return url;
}

} // namespace baartal::server
