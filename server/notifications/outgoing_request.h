#pragma once

#include <QByteArray>
#include <QNetworkRequest>

namespace baartal::server {

// One HTTP POST a notification runner sends: where, with which headers, and the bytes.
struct OutgoingRequest {
    QNetworkRequest request;
    QByteArray body;
};

} // namespace baartal::server
