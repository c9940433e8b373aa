#include "core/analytics/merchant_analytics_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

// The shop's scans (binding merchant, from, until) and its sales: earns and spends that none of the
// shop's voids names (binding merchant, from, until, merchant). A void carries its sale's shop, and the
// shop's voids are read once from their own small index rather than looked up sale by sale.
const QString kScansInWindow =
    QStringLiteral("FROM scans s WHERE s.merchant_id = ? AND s.created_at >= ? AND s.created_at < ?");
const QString kSalesInWindow =
    QStringLiteral("FROM transactions t WHERE t.merchant_id = ? AND t.type IN ('earn', 'spend') "
                   "AND t.created_at >= ? AND t.created_at < ? "
                   "AND t.txn_id NOT IN (SELECT v.voids_txn_id FROM transactions v WHERE v.merchant_id = ? "
                   "AND v.type = 'void' AND v.voids_txn_id IS NOT NULL)");

QVariantList scanValues(const AnalyticsWindow& window)
{
    return {window.merchantId, SqlValues::fromTime(window.from), SqlValues::fromTime(window.until)};
}

QVariantList saleValues(const AnalyticsWindow& window)
{
    return scanValues(window) << window.merchantId;
}

struct BucketIndex {
    QString sql;
    QVariantList values;
};

// The SQL that numbers the bucket `column` falls in. Equal buckets (days and weeks: India keeps no
// daylight saving) are one integer division; months, of unequal length, a CASE over their starts. The
// last bucket runs to `until`, so it must be no longer than the others for the division to hold.
BucketIndex bucketIndex(const QString& column, const QList<QDateTime>& starts, const QDateTime& until)
{
    QList<qint64> ms;
    for (const QDateTime& start : starts) {
        ms.append(start.toMSecsSinceEpoch());
    }
    if (ms.size() == 1) {
        return {QStringLiteral("0"), {}};
    }
    const qint64 width = ms[1] - ms[0];
    bool even = true;
    for (qsizetype i = 2; i < ms.size(); ++i) {
        even = even && ms[i] - ms[i - 1] == width;
    }
    if (even && until.toMSecsSinceEpoch() - ms.last() <= width) {
        return {QStringLiteral("(%1 - ?) / ?").arg(column), {ms[0], width}};
    }
    BucketIndex index{QStringLiteral("CASE"), {}};
    for (qsizetype i = 1; i < ms.size(); ++i) {
        index.sql += QStringLiteral(" WHEN %1 < ? THEN %2").arg(column).arg(i - 1);
        index.values.append(ms[i]);
    }
    index.sql += QStringLiteral(" ELSE %1 END").arg(ms.size() - 1);
    return index;
}

} // namespace

Result<QList<BucketFigures>> MerchantAnalyticsRepository::bucketFigures(const AnalyticsWindow& window,
                                                                        const QList<QDateTime>& bucketStarts)
{
    QList<BucketFigures> figures(bucketStarts.size());
    if (bucketStarts.isEmpty()) {
        return figures;
    }
    const BucketIndex scanBucket = bucketIndex(QStringLiteral("s.created_at"), bucketStarts, window.until);
    const BucketIndex saleBucket = bucketIndex(QStringLiteral("t.created_at"), bucketStarts, window.until);
    const QString sql =
        QStringLiteral("SELECT bucket, SUM(scans), SUM(sales), COUNT(DISTINCT customer_id), SUM(issued), "
                       "SUM(redemptions), SUM(redeemed), SUM(billed) FROM ("
                       "SELECT %1 AS bucket, s.customer_id AS customer_id, 1 AS scans, 0 AS sales, "
                       "0 AS issued, 0 AS redemptions, 0 AS redeemed, 0 AS billed %2 "
                       "UNION ALL "
                       "SELECT %3, t.customer_id, 0, 1, t.bcoins_earned, "
                       "CASE WHEN t.bcoins_spent > 0 THEN 1 ELSE 0 END, t.bcoins_spent, t.amount_paise %4"
                       ") visits GROUP BY bucket")
            .arg(scanBucket.sql, kScansInWindow, saleBucket.sql, kSalesInWindow);
    const QVariantList values =
        scanBucket.values + scanValues(window) + saleBucket.values + saleValues(window);
    auto query = m_database.exec(sql, values);
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    while (q.next()) {
        const qint64 bucket = q.value(0).toLongLong();
        if (bucket < 0 || bucket >= figures.size()) {
            return Error::internal(
                QStringLiteral("analytics_bucket_out_of_range"),
                QStringLiteral("A row fell outside the buckets asked for (%1)").arg(bucket));
        }
        figures[bucket] = BucketFigures{q.value(1).toLongLong(),       q.value(2).toLongLong(),
                                        q.value(3).toLongLong(),       Coins(q.value(4).toLongLong()),
                                        q.value(5).toLongLong(),       Coins(q.value(6).toLongLong()),
                                        Paise(q.value(7).toLongLong())};
    }
    return figures;
}

Result<qint64> MerchantAnalyticsRepository::uniqueCustomers(const AnalyticsWindow& window)
{
    auto query = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT s.customer_id %1 UNION "
                                                "SELECT t.customer_id %2) customers")
                                     .arg(kScansInWindow, kSalesInWindow),
                                 scanValues(window) + saleValues(window));
    if (!query) {
        return query.error();
    }
    return (*query)->next() ? (*query)->value(0).toLongLong() : 0;
}

} // namespace baartal::core
