#include "sync/client/reference_cache.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"
#include "core/storage/transaction_guard.h"
#include "sync/client/merchant_profile_cache.h"

namespace baartal::sync {

namespace {

const QStringList kListTables = {
    QStringLiteral("reference_server_keys"), QStringLiteral("reference_revoked_devices"),
    QStringLiteral("reference_refused_spend_tokens"), QStringLiteral("reference_customers")};

} // namespace

core::Status ReferenceCache::store(const ReferenceData& reference, const QDateTime& fetchedAt)
{
    auto transaction = core::TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    if (core::Status replaced = replace(reference, fetchedAt); !replaced) {
        return replaced;
    }
    return transaction->commit();
}

core::Status ReferenceCache::replace(const ReferenceData& reference, const QDateTime& fetchedAt)
{
    MerchantProfile merchant = reference.merchant;
    merchant.fetchedAt = fetchedAt;
    if (core::Status stored = MerchantProfileCache(m_database).store(merchant); !stored) {
        return stored;
    }
    const QString& shop = merchant.id;
    for (const QString& table : kListTables) {
        if (auto cleared =
                m_database.exec(QStringLiteral("DELETE FROM %1 WHERE merchant_id = ?").arg(table), {shop});
            !cleared) {
            return cleared.error();
        }
    }
    auto pull = m_database.exec(
        QStringLiteral("INSERT INTO reference_pull (merchant_id, merchant_status, generated_at, fetched_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (merchant_id) DO UPDATE SET "
                       "merchant_status = excluded.merchant_status, generated_at = excluded.generated_at, "
                       "fetched_at = excluded.fetched_at"),
        {shop, reference.merchantStatus, core::SqlValues::fromTime(reference.generatedAt),
         core::SqlValues::fromTime(fetchedAt)});
    if (!pull) {
        return pull.error();
    }
    // Each list is written row by row: a pull holds at most a few thousand rows, once every few minutes.
    for (qsizetype position = 0; position < reference.serverKeys.size(); ++position) {
        auto key = m_database.exec(QStringLiteral("INSERT INTO reference_server_keys (merchant_id, position, "
                                                  "public_key) VALUES (?, ?, ?)"),
                                   {shop, position, reference.serverKeys.at(position).bytes()});
        if (!key) {
            return key.error();
        }
    }
    for (const RevokedDevice& device : reference.revokedDevices) {
        auto row =
            m_database.exec(QStringLiteral("INSERT INTO reference_revoked_devices (merchant_id, device_id, "
                                           "name, revoked_at) VALUES (?, ?, ?, ?)"),
                            {shop, device.id, core::SqlValues::fromText(device.name),
                             core::SqlValues::fromTime(device.revokedAt)});
        if (!row) {
            return row.error();
        }
    }
    for (const RefusedSpendToken& token : reference.refusedSpendTokens) {
        auto row = m_database.exec(
            QStringLiteral("INSERT INTO reference_refused_spend_tokens (merchant_id, nonce, "
                           "customer_id, state, expires_at) VALUES (?, ?, ?, ?, ?)"),
            {shop, token.nonce, token.customerId, token.state, core::SqlValues::fromTime(token.expiresAt)});
        if (!row) {
            return row.error();
        }
    }
    for (const ReferenceCustomer& customer : reference.recentCustomers) {
        auto row =
            m_database.exec(QStringLiteral("INSERT INTO reference_customers (merchant_id, customer_id, "
                                           "name_masked, balance, last_visit_at) VALUES (?, ?, ?, ?, ?)"),
                            {shop, customer.customerId, core::SqlValues::fromText(customer.nameMasked),
                             customer.balance.value(), core::SqlValues::fromTime(customer.lastVisitAt)});
        if (!row) {
            return row.error();
        }
    }
    return {};
}

core::Result<std::optional<ReferenceData>> ReferenceCache::load(const QString& merchantId)
{
    auto merchant = MerchantProfileCache(m_database).find(merchantId);
    if (!merchant) {
        return merchant.error();
    }
    auto pull = m_database.exec(
        QStringLiteral("SELECT merchant_status, generated_at FROM reference_pull WHERE merchant_id = ?"),
        {merchantId});
    if (!pull) {
        return pull.error();
    }
    QSqlQuery& q = **pull;
    if (!merchant->has_value() || !q.next()) {
        return std::optional<ReferenceData>();
    }
    ReferenceData reference;
    reference.merchant = **merchant;
    reference.merchantStatus = q.value(0).toString();
    reference.generatedAt = core::SqlValues::toTime(q.value(1));
    if (core::Status lists = loadLists(merchantId, reference); !lists) {
        return lists.error();
    }
    return std::optional<ReferenceData>(reference);
}

core::Status ReferenceCache::loadLists(const QString& merchantId, ReferenceData& reference)
{
    auto keys = m_database.exec(
        QStringLiteral(
            "SELECT public_key FROM reference_server_keys WHERE merchant_id = ? ORDER BY position"),
        {merchantId});
    if (!keys) {
        return keys.error();
    }
    while ((*keys)->next()) {
        auto key = core::Ed25519PublicKey::fromBytes((*keys)->value(0).toByteArray());
        if (!key) {
            return key.error();
        }
        reference.serverKeys.append(*key);
    }
    auto devices =
        m_database.exec(QStringLiteral("SELECT device_id, name, revoked_at FROM reference_revoked_devices "
                                       "WHERE merchant_id = ? ORDER BY revoked_at DESC, device_id"),
                        {merchantId});
    if (!devices) {
        return devices.error();
    }
    while ((*devices)->next()) {
        const QSqlQuery& q = **devices;
        reference.revokedDevices.append(
            {q.value(0).toString(), q.value(1).toString(), core::SqlValues::toTime(q.value(2))});
    }
    auto tokens = m_database.exec(QStringLiteral("SELECT nonce, customer_id, state, expires_at "
                                                 "FROM reference_refused_spend_tokens WHERE merchant_id = ? "
                                                 "ORDER BY expires_at DESC, nonce"),
                                  {merchantId});
    if (!tokens) {
        return tokens.error();
    }
    while ((*tokens)->next()) {
        const QSqlQuery& q = **tokens;
        reference.refusedSpendTokens.append({q.value(0).toString(), q.value(1).toString(),
                                             q.value(2).toString(), core::SqlValues::toTime(q.value(3))});
    }
    auto customers = m_database.exec(QStringLiteral("SELECT customer_id, name_masked, balance, last_visit_at "
                                                    "FROM reference_customers WHERE merchant_id = ? "
                                                    "ORDER BY last_visit_at DESC, customer_id"),
                                     {merchantId});
    if (!customers) {
        return customers.error();
    }
    while ((*customers)->next()) {
        const QSqlQuery& q = **customers;
        reference.recentCustomers.append({q.value(0).toString(), q.value(1).toString(),
                                          core::Coins(q.value(2).toLongLong()),
                                          core::SqlValues::toTime(q.value(3))});
    }
    return {};
}

} // namespace baartal::sync
