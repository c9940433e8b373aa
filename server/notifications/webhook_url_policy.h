#pragma once

#include "core/result/result.h"

#include <QUrl>

namespace baartal::server {

// Which URLs a merchant may have this server POST to. https:// to a public host only: an http:// URL would
// expose the signed bodies, and an address of this network (loopback, private, link-local) would let a
// merchant make the server call its neighbours. With allowLoopback (tests, local development) http:// and
// https:// to loopback addresses are admitted as well. Host names are not resolved here; see
// docs/operations.md for the egress firewall that covers names pointing inside.
class WebhookUrlPolicy {
public:
    static constexpr qsizetype kMaxLength = 2048;

    explicit WebhookUrlPolicy(bool allowLoopback)
        : m_allowLoopback(allowLoopback)
    {
    }

    // The URL as it will be called; Invalid "invalid_webhook_url" with the reason otherwise.
    core::Result<QUrl> check(const QString& text) const;

private:
    bool m_allowLoopback;
};

} // namespace baartal::server
