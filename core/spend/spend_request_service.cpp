#include "core/spend/spend_request_service.h"

#include "core/ids/ids.h"
#include "core/ledger/ledger_service.h"
#include "core/merchants/shop_visit.h"
#include "core/spend/spend_request_repository.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"

namespace baartal::core {

namespace {

// The request if it belongs to this shop (byMerchant) or customer; nothing otherwise, so that another's
// request answers exactly like an unknown one.
std::optional<SpendRequest> ownedBy(std::optional<SpendRequest> request, const QString& ownerId,
                                    bool byMerchant)
{
    if (request && (byMerchant ? request->merchantId : request->customerId) != ownerId) {
        return std::nullopt;
    }
    return request;
}

// Why the request cannot be confirmed, declined or cancelled now, if it cannot.
Status open(const std::optional<SpendRequest>& request, const QDateTime& now, bool replay)
{
    if (!request) {
        return Error::notFound(QStringLiteral("spend_request_not_found"),
                               QStringLiteral("No such spend request."));
    }
    const SpendRequestStatus status = request->statusAt(now);
    if (status == SpendRequestStatus::Pending || (replay && status == SpendRequestStatus::Confirmed)) {
        return {};
    }
    const QString code = QStringLiteral("spend_request_") + toText(status);
    if (status == SpendRequestStatus::Lapsed) {
        return Error::conflict(code, QStringLiteral("This spend request lapsed %1 minutes after it was made; "
                                                    "the customer can ask again.")
                                         .arg(SpendRequestService::kLifetime.count()));
    }
    return Error::conflict(code, QStringLiteral("This spend request is already %1.").arg(toText(status)));
}

} // namespace

Result<SpendRequest> SpendRequestService::create(const QString& customerId, const QString& merchantId,
                                                 Coins coins, const CreatedHook& alongside)
{
    if (coins.value() <= 0) {
        return Error::invalid(QStringLiteral("invalid_coins"),
                              QStringLiteral("Ask to spend at least one coin."));
    }
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    auto merchant =
        ShopVisit::begin(m_database, customerId, merchantId,
                         QStringLiteral("This shop is awaiting approval and cannot redeem coins yet."));
    if (!merchant) {
        return merchant.error();
    }
    SpendRequestRepository requests(m_database);
    const QDateTime now = m_clock.now();
    auto pending = requests.findPending(customerId, merchantId, now);
    if (!pending) {
        return pending.error();
    }
    if (*pending) {
        return Error::conflict(QStringLiteral("spend_request_pending"),
                               QStringLiteral("A request to spend %1 coins at this shop is already waiting; "
                                              "cancel it to ask for another amount.")
                                   .arg((*pending)->coins.formatIndian()));
    }
    auto wallet = m_ledger.wallet(customerId);
    if (!wallet) {
        return wallet.error();
    }
    if (coins > wallet->balance) {
        return Error::unprocessable(QStringLiteral("insufficient_balance"),
                                    QStringLiteral("Only %1 coins are spendable; %2 were asked for.")
                                        .arg(wallet->balance.formatIndian(), coins.formatIndian()));
    }
    const SpendRequest request{Ids::newId(),
                               customerId,
                               merchantId,
                               coins,
                               SpendRequestStatus::Pending,
                               {},
                               now,
                               now.addDuration(kLifetime),
                               {}};
    if (Status added = requests.add(request); !added) {
        return added.error();
    }
    if (alongside) {
        if (Status recorded = alongside(request); !recorded) {
            return recorded.error();
        }
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return request;
}

Result<QList<SpendRequestListing>> SpendRequestService::forCustomer(const QString& customerId)
{
    return SpendRequestRepository(m_database).listByCustomer(customerId, kMaxListed);
}

Result<QList<SpendRequestListing>> SpendRequestService::pendingAt(const QString& merchantId)
{
    return SpendRequestRepository(m_database).listPending(merchantId, m_clock.now(), kMaxListed);
}

Result<SpendRequest> SpendRequestService::claimable(const QString& id, const QString& merchantId, bool replay)
{
    auto request = SpendRequestRepository(m_database).findById(id);
    if (!request) {
        return request.error();
    }
    const std::optional<SpendRequest> own = ownedBy(*request, merchantId, true);
    if (Status ok = open(own, m_clock.now(), replay); !ok) {
        return ok.error();
    }
    return *own;
}

Result<SpendRequest> SpendRequestService::closed(const QString& id, Result<bool> updated,
                                                 const QString& ownerId, bool byMerchant)
{
    if (!updated) {
        return updated.error();
    }
    auto request = SpendRequestRepository(m_database).findById(id);
    if (!request) {
        return request.error();
    }
    const std::optional<SpendRequest> own = ownedBy(*request, ownerId, byMerchant);
    if (*updated) {
        return *own;
    }
    if (Status refused = open(own, m_clock.now(), false); !refused) {
        return refused.error();
    }
    return Error::internal(QStringLiteral("spend_request_not_closed"),
                           QStringLiteral("The spend request could not be updated."));
}

Status SpendRequestService::confirm(const QString& id, const QString& merchantId,
                                    const LedgerTransaction& sale)
{
    auto confirmed =
        closed(id,
               SpendRequestRepository(m_database)
                   .decide(id, merchantId, SpendRequestStatus::Confirmed, sale.id, m_clock.now()),
               merchantId, true);
    if (!confirmed) {
        return confirmed.error();
    }
    return {};
}

Result<SpendRequest> SpendRequestService::decline(const QString& id, const QString& merchantId)
{
    return closed(id,
                  SpendRequestRepository(m_database)
                      .decide(id, merchantId, SpendRequestStatus::Declined, {}, m_clock.now()),
                  merchantId, true);
}

Result<SpendRequest> SpendRequestService::cancel(const QString& id, const QString& customerId)
{
    return closed(id, SpendRequestRepository(m_database).cancel(id, customerId, m_clock.now()), customerId,
                  false);
}

} // namespace baartal::core
