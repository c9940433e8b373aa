#include "sync/client/merchant_analytics.h"

#include "sync/client/response_fields.h"

#include <QUrlQuery>

#include <optional>
#include <utility>

namespace baartal::sync {

namespace {

// Reads the fields of one JSON object, keeping the first failure so a parse reads straight through.
class FieldReader {
public:
    explicit FieldReader(QJsonObject object)
        : m_object(std::move(object))
    {
    }

    qint64 integer(const QString& field)
    {
        auto value = ResponseFields::requireInteger(m_object, field);
        return value ? *value : fail(value.error());
    }

    qint64 count(const QString& field)
    {
        const qint64 value = integer(field);
        return value < 0 ? fail(ResponseFields::invalid(field)) : value;
    }

    core::Coins coins(const QString& field) { return core::Coins(count(field)); }

    core::Paise rupees(const QString& field)
    {
        const QJsonValue value = m_object.value(field);
        auto paise = value.isDouble() ? core::Paise::fromJsonNumber(value.toDouble())
                                      : core::Result<core::Paise>(ResponseFields::invalid(field));
        if (!paise) {
            fail(ResponseFields::invalid(field));
            return core::Paise(0);
        }
        return *paise;
    }

    QDate day(const QString& field)
    {
        const QString text = m_object.value(field).toString();
        const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!date.isValid()) {
            fail(ResponseFields::invalid(field));
        }
        return date;
    }

    QJsonObject object(const QString& field)
    {
        auto value = ResponseFields::requireObject(m_object, field);
        if (!value) {
            fail(value.error());
            return {};
        }
        return *value;
    }

    QList<QJsonObject> objects(const QString& field)
    {
        auto value = ResponseFields::requireObjects(m_object, field);
        if (!value) {
            fail(value.error());
            return {};
        }
        return *value;
    }

    qint64 fail(const core::Error& error)
    {
        if (!m_error) {
            m_error = error;
        }
        return 0;
    }

    const std::optional<core::Error>& error() const { return m_error; }

private:
    QJsonObject m_object;
    std::optional<core::Error> m_error;
};

const QString kFootfall = QStringLiteral("footfall");
const QString kIssuedVsRedeemed = QStringLiteral("issued_vs_redeemed");

// The two series, entry by entry: same starts, ascending, within the range's periods.
core::Result<QList<AnalyticsPeriod>> readPeriods(FieldReader& answer, const AnalyticsRange& range)
{
    const QList<QJsonObject> footfall = answer.objects(kFootfall);
    const QList<QJsonObject> coins = answer.objects(kIssuedVsRedeemed);
    if (answer.error()) {
        return *answer.error();
    }
    if (footfall.isEmpty() || footfall.size() != coins.size()) {
        return ResponseFields::invalid(kIssuedVsRedeemed);
    }
    QList<AnalyticsPeriod> periods;
    periods.reserve(footfall.size());
    for (qsizetype i = 0; i < footfall.size(); ++i) {
        FieldReader visits(footfall[i]);
        FieldReader flow(coins[i]);
        AnalyticsPeriod period;
        period.start = visits.day(QStringLiteral("start"));
        period.scans = visits.count(QStringLiteral("scans"));
        period.sales = visits.count(QStringLiteral("earns"));
        period.visitors = visits.count(QStringLiteral("visitors"));
        const QDate flowStart = flow.day(QStringLiteral("start"));
        period.issued = flow.coins(QStringLiteral("issued"));
        period.redeemed = flow.coins(QStringLiteral("redeemed"));
        const qint64 net = flow.integer(QStringLiteral("net"));
        if (visits.error()) {
            return *visits.error();
        }
        if (flow.error()) {
            return *flow.error();
        }
        const bool ordered =
            periods.isEmpty() ? period.start <= range.from : period.start > periods.last().start;
        if (!ordered || period.start > range.to) {
            return ResponseFields::invalid(kFootfall);
        }
        if (flowStart != period.start || net != period.issued.value() - period.redeemed.value()) {
            return ResponseFields::invalid(kIssuedVsRedeemed);
        }
        periods.append(period);
    }
    return periods;
}

} // namespace

QUrlQuery AnalyticsRange::query() const
{
    QUrlQuery query;
    if (from.isValid()) {
        query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    }
    query.addQueryItem(QStringLiteral("granularity"), core::toText(granularity));
    return query;
}

core::Result<MerchantAnalytics> MerchantAnalytics::fromJson(const QJsonObject& data)
{
    FieldReader answer(data);
    MerchantAnalytics analytics;
    analytics.merchantId = data.value(QStringLiteral("merchant_id")).toString();
    if (analytics.merchantId.isEmpty()) {
        return ResponseFields::invalid(QStringLiteral("merchant_id"));
    }
    analytics.range.from = answer.day(QStringLiteral("from"));
    analytics.range.to = answer.day(QStringLiteral("to"));
    const auto granularity =
        core::granularityFromString(data.value(QStringLiteral("granularity")).toString());
    if (!granularity) {
        answer.fail(ResponseFields::invalid(QStringLiteral("granularity")));
    }
    analytics.range.granularity = granularity.value_or(core::Granularity::Day);
    analytics.issued = answer.coins(QStringLiteral("total_bcoins_issued"));
    FieldReader redemptions(answer.object(QStringLiteral("total_redemptions")));
    FieldReader sales(answer.object(QStringLiteral("total_sales")));
    analytics.redemptions = redemptions.count(QStringLiteral("count"));
    analytics.redeemed = redemptions.coins(QStringLiteral("coins"));
    analytics.sales = sales.count(QStringLiteral("count"));
    analytics.billed = sales.rupees(QStringLiteral("amount"));
    analytics.scans = answer.count(QStringLiteral("total_scans"));
    analytics.uniqueCustomers = answer.count(QStringLiteral("unique_customers"));
    analytics.averageBill = answer.rupees(QStringLiteral("average_bill"));
    const qint64 settlement = answer.integer(QStringLiteral("settlement_position"));
    for (const FieldReader* reader : {&answer, &redemptions, &sales}) {
        if (reader->error()) {
            return *reader->error();
        }
    }
    if (analytics.range.from > analytics.range.to) {
        return ResponseFields::invalid(QStringLiteral("from"));
    }
    if (settlement != analytics.settlementPosition()) {
        return ResponseFields::invalid(QStringLiteral("settlement_position"));
    }
    auto periods = readPeriods(answer, analytics.range);
    if (!periods) {
        return periods.error();
    }
    analytics.periods = *periods;
    return analytics;
}

} // namespace baartal::sync
