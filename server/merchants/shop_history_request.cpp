#include "server/merchants/shop_history_request.h"

#include "core/ids/ids.h"
#include "core/users/indian_mobile.h"
#include "server/http/query_fields.h"
#include "server/wallet/history_request.h"

#include <QUuid>

#include <algorithm>
#include <array>

namespace baartal::server {

namespace {

// The cap keeps (page - 1) × limit far inside an int.
constexpr int kMaxPage = 1'000'000;

constexpr std::array kShopTypes{core::TransactionType::Earn, core::TransactionType::Spend,
                                core::TransactionType::Void};

QString value(const QUrlQuery& query, const QString& name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

core::Result<std::optional<core::TransactionType>> parseType(const QString& text)
{
    if (text.isEmpty()) {
        return std::optional<core::TransactionType>();
    }
    const auto type = core::transactionTypeFromString(text);
    if (!type || std::find(kShopTypes.begin(), kShopTypes.end(), *type) == kShopTypes.end()) {
        return core::Error::invalid(QStringLiteral("invalid_type"),
                                    QStringLiteral("type must be one of earn, spend, void."));
    }
    return type;
}

} // namespace

core::Result<ShopHistoryRequest> ShopHistoryRequest::parse(const QUrlQuery& query, const QString& merchantId)
{
    ShopHistoryRequest request;
    request.query.merchantId = merchantId;

    auto limit = HistoryRequest::limit(query);
    if (!limit) {
        return limit.error();
    }
    auto page = QueryFields::number(query, QStringLiteral("page"), 1, 1, kMaxPage);
    if (!page) {
        return page.error();
    }
    request.page = *page;
    request.query.limit = *limit;
    request.query.offset = (*page - 1) * *limit;

    auto type = parseType(value(query, QStringLiteral("type")));
    if (!type) {
        return type.error();
    }
    request.query.type = *type;

    if (const QString customer = value(query, QStringLiteral("customer")); !customer.isEmpty()) {
        if (core::Ids::isValid(customer)) {
            request.query.customerId = QUuid::fromString(customer).toString(QUuid::WithoutBraces);
        } else if (auto phone = core::IndianMobile::normalise(customer)) {
            request.customerPhone = *phone;
        } else {
            return core::Error::invalid(
                QStringLiteral("invalid_customer"),
                QStringLiteral("customer must be a customer id or an Indian mobile number."));
        }
    }

    auto range = HistoryRequest::range(query);
    if (!range) {
        return range.error();
    }
    request.query.from = range->from;
    request.query.until = range->until;
    return request;
}

} // namespace baartal::server
