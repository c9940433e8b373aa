#pragma once

#include "core/result/result.h"
#include "sync/client/list_page.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace baartal::sync {

// A shop as GET /api/v1/admin/merchants lists it.
struct AdminMerchant {
    QString id;
    QString businessName;
    QString category;
    QString pincode;
    QString address;
    QString ownerLogin;
    QString state;     // "pending", "approved" or "rejected"
    int issueRate = 0; // coins per ₹100
    QString bundleId;  // empty when the shop is in no bundle

    static core::Result<AdminMerchant> fromJson(const QJsonObject& data);
};

// What the admin's list of shops is narrowed to, and which page of it to read.
struct AdminMerchantQuery {
    QString state; // empty for every state
    QString text;  // inside the name or login, or the start of the pincode
    int page = 1;
    int limit = 50;
};

// One page of that list.
struct AdminMerchantPage {
    QList<AdminMerchant> merchants;
    ListPage page;

    static core::Result<AdminMerchantPage> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
