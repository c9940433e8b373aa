#pragma once

#include "core/result/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace baartal::sync {

// A shop's approval as GET /api/v1/admin/approvals lists it, with what the admin checks before deciding.
struct AdminApproval {
    QString id;
    QString merchantId;
    QString status; // "pending", "approved" or "rejected"
    QString notes;
    QString businessName;
    QString category;
    QString pincode;
    QString address;
    QString ownerLogin;
    QDateTime createdAt;
    QDateTime decidedAt; // invalid while pending

    bool isPending() const { return status == QLatin1String("pending"); }

    // One approval object (also the answer of POST /api/v1/admin/approvals/{id}).
    static core::Result<AdminApproval> fromJson(const QJsonObject& data);
    // The {approvals: [...]} answer of the list.
    static core::Result<QList<AdminApproval>> listFromJson(const QJsonObject& data);
};

} // namespace baartal::sync
