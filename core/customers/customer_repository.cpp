#include "core/customers/customer_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

const QString kColumns =
    QStringLiteral("id, user_id, pincode, referral_code, referred_by, recent_activity, created_at");

} // namespace

Status CustomerRepository::add(const Customer& c)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO customers (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
        {c.id, c.userId, SqlValues::fromOptionalText(c.pincode), c.referralCode,
         SqlValues::fromOptionalText(c.referredBy), SqlValues::fromTime(c.recentActivity),
         SqlValues::fromTime(c.createdAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

Result<std::optional<Customer>> CustomerRepository::findOne(const QString& where, const QVariant& value,
                                                            bool lock)
{
    auto query = m_database.exec(QStringLiteral("SELECT %1 FROM customers WHERE %2 = ?%3")
                                     .arg(kColumns, where, lock ? m_database.forUpdate() : QString()),
                                 {value});
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    if (!q.next()) {
        return std::optional<Customer>();
    }
    return std::optional<Customer>(
        Customer{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toString(), SqlValues::toTime(q.value(5)), SqlValues::toTime(q.value(6))});
}

Result<std::optional<Customer>> CustomerRepository::findById(const QString& id)
{
    return findOne(QStringLiteral("id"), id);
}

Result<std::optional<Customer>> CustomerRepository::findByUserId(const QString& userId)
{
    return findOne(QStringLiteral("user_id"), userId);
}

Result<std::optional<Customer>> CustomerRepository::findByReferralCode(const QString& code)
{
    return findOne(QStringLiteral("referral_code"), code);
}

Result<std::optional<Customer>> CustomerRepository::lockById(const QString& id)
{
    return findOne(QStringLiteral("id"), id, true);
}

Status CustomerRepository::touchActivity(const QString& id, const QDateTime& at)
{
    auto query = m_database.exec(QStringLiteral("UPDATE customers SET recent_activity = ? WHERE id = ?"),
                                 {SqlValues::fromTime(at), id});
    if (!query) {
        return query.error();
    }
    return {};
}

} // namespace baartal::core
