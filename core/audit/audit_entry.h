#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace baartal::core {

// One thing an admin did to someone else's data, or a counter's upload the server refused a row of
// ("sync.row_rejected", by the uploading merchant user): who, what, to whom, and the particulars.
struct AuditEntry {
    QString adminUserId;
    QString action;    // "wallet_adjust", "merchant_approve", "bundle_update", "sync.row_rejected", ...
    QString subjectId; // what it was done to: a customer id, a merchant id, a bundle id, a device id
    QJsonObject detail;
    QDateTime createdAt;
};

} // namespace baartal::core
