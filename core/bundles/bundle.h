#pragma once

#include <QDateTime>
#include <QString>

namespace baartal::core {

// A group of shops in one pincode with at most one shop per category. Its shops and categories are
// derived from the merchants table rather than stored twice.
struct Bundle {
    QString id;
    QString regionName;
    QString pincode;
    bool active = true;
    QDateTime createdAt;
};

} // namespace baartal::core
