#pragma once

#include "core/money/coins.h"
#include "core/result/result.h"

#include <QJsonObject>
#include <QString>

namespace baartal::sync {

// A customer an admin found by phone (GET /api/v1/admin/customers?phone=): enough to be sure of whom
// a wallet adjustment is for, not their full contact.
struct AdminCustomer {
    QString id;
    QString contact; // masked: "98•••••210"
    core::Coins balance{0};

    static core::Result<AdminCustomer> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
