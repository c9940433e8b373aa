#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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

// What an admin's list of bundles may be narrowed to, and which page of it to read.
struct BundleFilter {
    QString pincode; // empty for every pincode
    std::optional<bool> active;
    int offset = 0;
    int limit = 50;
};

// One page of that list, with how many bundles match in all.
struct BundlePage {
    QList<Bundle> bundles;
    qint64 total = 0;
};

} // namespace baartal::core
