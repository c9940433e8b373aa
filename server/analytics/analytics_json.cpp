#include "server/analytics/analytics_json.h"

#include "core/analytics/merchant_analytics_service.h"

#include <QJsonArray>

namespace baartal::server {

QJsonObject AnalyticsJson::toJson(const core::MerchantAnalytics& analytics)
{
    QJsonArray footfall;
    QJsonArray issuedVsRedeemed;
    for (const core::AnalyticsBucket& bucket : analytics.buckets) {
        const QString start = bucket.start.toString(Qt::ISODate);
        const core::BucketFigures& figures = bucket.figures;
        footfall.append(QJsonObject{{QStringLiteral("start"), start},
                                    {QStringLiteral("scans"), figures.scans},
                                    {QStringLiteral("earns"), figures.sales},
                                    {QStringLiteral("visitors"), figures.visitors}});
        issuedVsRedeemed.append(
            QJsonObject{{QStringLiteral("start"), start},
                        {QStringLiteral("issued"), figures.issued.toJson()},
                        {QStringLiteral("redeemed"), figures.redeemed.toJson()},
                        {QStringLiteral("net"),
                         core::Coins(figures.issued.value() - figures.redeemed.value()).toJson()}});
    }
    const core::BucketFigures& totals = analytics.totals;
    return QJsonObject{
        {QStringLiteral("merchant_id"), analytics.merchantId},
        {QStringLiteral("from"), analytics.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), analytics.to.toString(Qt::ISODate)},
        {QStringLiteral("granularity"), core::toText(analytics.granularity)},
        {QStringLiteral("time_zone"), QStringLiteral("+05:30")},
        {QStringLiteral("total_bcoins_issued"), totals.issued.toJson()},
        {QStringLiteral("total_redemptions"),
         QJsonObject{{QStringLiteral("count"), totals.redemptions},
                     {QStringLiteral("coins"), totals.redeemed.toJson()}}},
        {QStringLiteral("total_sales"),
         QJsonObject{{QStringLiteral("count"), totals.sales},
                     {QStringLiteral("amount"), totals.billed.toJsonNumber()}}},
        {QStringLiteral("total_scans"), totals.scans},
        {QStringLiteral("unique_customers"), totals.visitors},
        {QStringLiteral("average_bill"), analytics.averageBill.toJsonNumber()},
        {QStringLiteral("settlement_position"), analytics.settlementPosition.toJson()},
        {QStringLiteral("footfall"), footfall},
        {QStringLiteral("issued_vs_redeemed"), issuedVsRedeemed},
    };
}

} // namespace baartal::server
