#pragma once

#include "core/money/coins.h"
#include "core/money/paise.h"
#include "core/result/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace baartal::core {

class Database;

// The shop and the instants an analytics query covers: from inclusive, until exclusive.
struct AnalyticsWindow {
    QString merchantId;
    QDateTime from;
    QDateTime until;
};

// What happened at a shop in one bucket of time. A sale is an earn or spend transaction at the shop
// that has not been voided: a voided sale and its void both count for nothing, anywhere.
struct BucketFigures {
    qint64 scans = 0;       // counter QR scans, every one a visit
    qint64 sales = 0;       // bills recorded
    qint64 visitors = 0;    // distinct customers who scanned or bought
    Coins issued{0};        // coins the shop's sales gave customers
    qint64 redemptions = 0; // sales that redeemed coins
    Coins redeemed{0};      // coins redeemed at the shop
    Paise billed{0};        // the bills' total

    friend bool operator==(const BucketFigures&, const BucketFigures&) = default;
};

// SQL of merchant analytics: read-only aggregates over transactions and scans, the same text on both
// dialects.
class MerchantAnalyticsRepository {
public:
    explicit MerchantAnalyticsRepository(Database& database)
        : m_database(database)
    {
    }

    // One entry per bucket, in order, zeros where nothing happened. A row belongs to the last bucket
    // starting at or before it; bucketStarts ascend and the first is at or before window.from.
    Result<QList<BucketFigures>> bucketFigures(const AnalyticsWindow& window,
                                               const QList<QDateTime>& bucketStarts);
    // Distinct customers who scanned at or bought from the shop within the window.
    Result<qint64> uniqueCustomers(const AnalyticsWindow& window);

private:
    Database& m_database;
};

} // namespace baartal::core
