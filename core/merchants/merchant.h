#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace baartal::core {

struct Merchant {
    QString id;
    QString userId;
    QString businessName;
    QString category;
    QString pincode;
    QString address;
    std::optional<double> lat; // a map position, not money
    std::optional<double> lng;
    int bcoinIssueRate = 5;             // coins per ₹100
    std::optional<int> spendCapPercent; // the merchant's own lower cap, if any
    QString qrCodeUrl;                  // <public base URL>/scan/{id}
    QString bundleId;
    bool approved = false;
    QDateTime createdAt;
};

} // namespace baartal::core
