#pragma once

#include <QDateTime>
#include <QString>

namespace baartal::core {

struct Customer {
    QString id;
    QString userId;
    QString pincode;
    QString referralCode; // this customer's own code to share
    QString referredBy;   // customer id of whoever referred them, if anyone
    QDateTime recentActivity;
    QDateTime createdAt;
};

} // namespace baartal::core
