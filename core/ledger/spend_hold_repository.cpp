#include "core/ledger/spend_hold_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

const QString kColumns = QStringLiteral(
    "id, customer_id, merchant_id, coins, status, created_at, expires_at, lapses_at, ended_at");

SpendHold readHold(const QSqlQuery& q)
{
    SpendHold hold;
    hold.id = q.value(0).toString();
    hold.customerId = q.value(1).toString();
    hold.merchantId = q.value(2).toString();
    hold.coins = Coins(q.value(3).toLongLong());
    hold.status = spendHoldStatusFromString(q.value(4).toString()).value_or(SpendHoldStatus::Cancelled);
    hold.createdAt = SqlValues::toTime(q.value(5));
    hold.expiresAt = SqlValues::toTime(q.value(6));
    hold.lapsesAt = SqlValues::toTime(q.value(7));
    hold.endedAt = q.value(8).isNull() ? QDateTime() : SqlValues::toTime(q.value(8));
    return hold;
}

Result<QList<SpendHold>> readHolds(const Result<QSqlQuery*>& query)
{
    if (!query) {
        return query.error();
    }
    QList<SpendHold> holds;
    while ((*query)->next()) {
        holds.append(readHold(**query));
    }
    return holds;
}

Error notActive()
{
    return Error::conflict(QStringLiteral("spend_token_not_active"),
                           QStringLiteral("This spend token was already used or cancelled"));
}

} // namespace

Status SpendHoldRepository::insert(const SpendHold& hold, const QList<LotAllocation>& lots)
{
    auto row = m_database.exec(
        QStringLiteral("INSERT INTO spend_holds (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
        {hold.id, hold.customerId, SqlValues::fromOptionalText(hold.merchantId), hold.coins.value(),
         toText(hold.status), SqlValues::fromTime(hold.createdAt), SqlValues::fromTime(hold.expiresAt),
         SqlValues::fromTime(hold.lapsesAt),
         hold.endedAt.isValid() ? SqlValues::fromTime(hold.endedAt) : QVariant()});
    if (!row) {
        return row.error();
    }
    for (const LotAllocation& lot : lots) {
        auto reserved = m_database.exec(
            QStringLiteral("INSERT INTO spend_hold_lots (hold_id, lot_id, coins) VALUES (?, ?, ?)"),
            {hold.id, lot.lotId, lot.coins.value()});
        if (!reserved) {
            return reserved.error();
        }
    }
    return {};
}

Result<std::optional<SpendHold>> SpendHoldRepository::findById(const QString& id)
{
    auto query =
        m_database.exec(QStringLiteral("SELECT %1 FROM spend_holds WHERE id = ?").arg(kColumns), {id});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<SpendHold>();
    }
    return std::optional<SpendHold>(readHold(**query));
}

Result<QList<LotAllocation>> SpendHoldRepository::lotsOf(const QString& holdId)
{
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT hl.lot_id, hl.coins FROM spend_hold_lots hl JOIN coin_lots l ON l.id = hl.lot_id "
            "WHERE hl.hold_id = ? ORDER BY l.expires_at, l.earned_at, l.id"),
        {holdId});
    if (!query) {
        return query.error();
    }
    QList<LotAllocation> lots;
    while ((*query)->next()) {
        lots.append({(*query)->value(0).toString(), Coins((*query)->value(1).toLongLong())});
    }
    return lots;
}

Result<QList<SpendHold>> SpendHoldRepository::countingOf(const QString& customerId, const QDateTime& now)
{
    return readHolds(
        m_database.exec(QStringLiteral("SELECT %1 FROM spend_holds WHERE customer_id = ? AND status = "
                                       "'active' AND lapses_at > ? ORDER BY created_at DESC, id")
                            .arg(kColumns),
                        {customerId, SqlValues::fromTime(now)}));
}

Result<Coins> SpendHoldRepository::heldCoins(const QString& customerId, const QDateTime& now)
{
    auto query =
        m_database.exec(QStringLiteral("SELECT COALESCE(SUM(coins), 0) FROM spend_holds "
                                       "WHERE customer_id = ? AND status = 'active' AND lapses_at > ?"),
                        {customerId, SqlValues::fromTime(now)});
    if (!query) {
        return query.error();
    }
    return Coins((*query)->next() ? (*query)->value(0).toLongLong() : 0);
}

Result<QList<SpendHold>> SpendHoldRepository::endedSince(const QString& merchantId,
                                                         const QDateTime& expiredSince)
{
    return readHolds(m_database.exec(
        QStringLiteral("SELECT %1 FROM spend_holds WHERE (merchant_id IS NULL OR merchant_id = ?) "
                       "AND expires_at >= ? AND status IN ('redeemed', 'cancelled') "
                       "ORDER BY expires_at DESC, id")
            .arg(kColumns),
        {merchantId, SqlValues::fromTime(expiredSince)}));
}

Status SpendHoldRepository::redeem(const QString& holdId, const QString& txnId, const QDateTime& at)
{
    auto recorded = m_database.exec(
        QStringLiteral("INSERT INTO spend_token_redemptions (hold_id, txn_id, redeemed_at) VALUES (?, ?, ?)"),
        {holdId, txnId, SqlValues::fromTime(at)});
    if (!recorded) {
        if (recorded.error().code == QLatin1String("unique_violation")) {
            return Error::conflict(QStringLiteral("spend_token_used"),
                                   QStringLiteral("This spend token has already been redeemed"));
        }
        return recorded.error();
    }
    auto ended = m_database.exec(QStringLiteral("UPDATE spend_holds SET status = 'redeemed', ended_at = ? "
                                                "WHERE id = ? AND status = 'active'"),
                                 {SqlValues::fromTime(at), holdId});
    if (!ended) {
        return ended.error();
    }
    return (*ended)->numRowsAffected() == 1 ? Status() : notActive();
}

Status SpendHoldRepository::cancel(const QString& holdId, const QDateTime& at)
{
    auto ended = m_database.exec(QStringLiteral("UPDATE spend_holds SET status = 'cancelled', ended_at = ? "
                                                "WHERE id = ? AND status = 'active'"),
                                 {SqlValues::fromTime(at), holdId});
    if (!ended) {
        return ended.error();
    }
    return (*ended)->numRowsAffected() == 1 ? Status() : notActive();
}

} // namespace baartal::core
