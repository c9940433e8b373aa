#include "core/checkins/checkin_service.h"

#include "core/checkins/checkin_repository.h"
#include "core/ids/ids.h"
#include "core/ledger/ledger_transaction.h"
#include "core/merchants/shop_visit.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"

namespace baartal::core {

namespace {

// Why a sale cannot use this check-in now, if it cannot.
Status usable(const std::optional<Checkin>& checkin, const QString& merchantId, const QDateTime& now,
              bool replay)
{
    if (!checkin || checkin->merchantId != merchantId) {
        return Error::notFound(QStringLiteral("checkin_not_found"),
                               QStringLiteral("No such check-in at this shop."));
    }
    switch (checkin->statusAt(now)) {
    case CheckinStatus::Pending:
        return {};
    case CheckinStatus::Used:
        if (replay) {
            return {};
        }
        return Error::conflict(QStringLiteral("checkin_used"),
                               QStringLiteral("This check-in has already earned coins on a sale."));
    case CheckinStatus::Lapsed:
        return Error::conflict(
            QStringLiteral("checkin_lapsed"),
            QStringLiteral("This check-in lapsed %1 minutes after the scan; ask the customer to scan again.")
                .arg(CheckinService::kLifetime.count()));
    }
    return {};
}

} // namespace

Result<ScanOutcome> CheckinService::scan(const QString& customerId, const QString& merchantId)
{
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    auto merchant =
        ShopVisit::begin(m_database, customerId, merchantId,
                         QStringLiteral("This shop is awaiting approval and does not take check-ins yet."));
    if (!merchant) {
        return merchant.error();
    }
    CheckinRepository checkins(m_database);
    const QDateTime now = m_clock.now();
    auto pending = checkins.findPending(customerId, merchantId, now);
    if (!pending) {
        return pending.error();
    }
    if (*pending) {
        return ScanOutcome{*merchant, **pending, false};
    }
    const Checkin checkin{Ids::newId(),
                          Ids::newId(),
                          customerId,
                          merchantId,
                          CheckinStatus::Pending,
                          {},
                          now,
                          now.addDuration(kLifetime),
                          {}};
    if (Status scanned = checkins.addScan(checkin.scanId, customerId, merchantId, now); !scanned) {
        return scanned.error();
    }
    if (Status added = checkins.add(checkin); !added) {
        return added.error();
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return ScanOutcome{*merchant, checkin, true};
}

Result<QList<CheckinListing>> CheckinService::pending(const QString& merchantId)
{
    return CheckinRepository(m_database).listPending(merchantId, m_clock.now(), kMaxListed);
}

Result<Checkin> CheckinService::claimable(const QString& id, const QString& merchantId, bool replay)
{
    auto checkin = CheckinRepository(m_database).findById(id);
    if (!checkin) {
        return checkin.error();
    }
    if (Status ok = usable(*checkin, merchantId, m_clock.now(), replay); !ok) {
        return ok.error();
    }
    return **checkin;
}

Status CheckinService::use(const QString& id, const QString& merchantId, const LedgerTransaction& sale)
{
    CheckinRepository checkins(m_database);
    const QDateTime now = m_clock.now();
    auto marked = checkins.markUsed(id, merchantId, sale.id, now);
    if (!marked) {
        return marked.error();
    }
    if (*marked) {
        return {};
    }
    auto checkin = checkins.findById(id);
    if (!checkin) {
        return checkin.error();
    }
    if (Status refused = usable(*checkin, merchantId, now, false); !refused) {
        return refused;
    }
    return Error::internal(QStringLiteral("checkin_not_marked"),
                           QStringLiteral("The check-in could not be marked used."));
}

} // namespace baartal::core
