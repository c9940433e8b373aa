#include "core/approvals/approval_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

const QString kColumns = QStringLiteral("id, merchant_id, status, notes, decided_by, created_at, decided_at");

Approval read(const QSqlQuery& q)
{
    return Approval{q.value(0).toString(),
                    q.value(1).toString(),
                    approvalStatusFromString(q.value(2).toString()).value_or(ApprovalStatus::Pending),
                    q.value(3).toString(),
                    q.value(4).toString(),
                    SqlValues::toTime(q.value(5)),
                    SqlValues::toTime(q.value(6))};
}

} // namespace

Status ApprovalRepository::add(const Approval& a)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO admin_approvals (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
        {a.id, a.merchantId, toText(a.status), SqlValues::fromText(a.notes),
         SqlValues::fromOptionalText(a.decidedBy), SqlValues::fromTime(a.createdAt),
         SqlValues::fromTime(a.decidedAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

Result<std::optional<Approval>> ApprovalRepository::findById(const QString& id)
{
    auto query =
        m_database.exec(QStringLiteral("SELECT %1 FROM admin_approvals WHERE id = ?").arg(kColumns), {id});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<Approval>();
    }
    return std::optional<Approval>(read(**query));
}

Result<QList<Approval>> ApprovalRepository::list(std::optional<ApprovalStatus> status)
{
    auto query =
        status ? m_database.exec(QStringLiteral("SELECT %1 FROM admin_approvals WHERE status = ? "
                                                "ORDER BY created_at, id")
                                     .arg(kColumns),
                                 {toText(*status)})
               : m_database.exec(
                     QStringLiteral("SELECT %1 FROM admin_approvals ORDER BY created_at, id").arg(kColumns));
    if (!query) {
        return query.error();
    }
    QList<Approval> approvals;
    while ((*query)->next()) {
        approvals.append(read(**query));
    }
    return approvals;
}

Result<bool> ApprovalRepository::hasPending(const QString& merchantId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT 1 FROM admin_approvals WHERE merchant_id = ? AND status = 'pending'"),
        {merchantId});
    if (!query) {
        return query.error();
    }
    return (*query)->next();
}

Result<QList<ApprovalListing>> ApprovalRepository::listings(std::optional<ApprovalStatus> status)
{
    const QString select = QStringLiteral(
        "SELECT a.id, a.merchant_id, a.status, a.notes, a.decided_by, a.created_at, a.decided_at, "
        "m.business_name, m.category, m.pincode, m.address, u.email_or_phone FROM admin_approvals a "
        "JOIN merchants m ON m.id = a.merchant_id JOIN users u ON u.id = m.user_id");
    auto query = status ? m_database.exec(select + QStringLiteral(" WHERE a.status = ? ORDER BY "
                                                                  "a.created_at, a.id"),
                                          {toText(*status)})
                        : m_database.exec(select + QStringLiteral(" ORDER BY a.created_at, a.id"));
    if (!query) {
        return query.error();
    }
    QList<ApprovalListing> listings;
    while ((*query)->next()) {
        const QSqlQuery& q = **query;
        listings.append({read(q), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                         q.value(10).toString(), q.value(11).toString()});
    }
    return listings;
}

Status ApprovalRepository::decide(const QString& id, ApprovalStatus status, const QString& notes,
                                  const QString& adminUserId, const QDateTime& at)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE admin_approvals SET status = ?, notes = ?, decided_by = ?, "
                       "decided_at = ? WHERE id = ? AND status = 'pending'"),
        {toText(status), SqlValues::fromText(notes), adminUserId, SqlValues::fromTime(at), id});
    if (!query) {
        return query.error();
    }
    if ((*query)->numRowsAffected() == 0) {
        return Error::conflict(QStringLiteral("approval_already_decided"),
                               QStringLiteral("This approval is unknown or already decided"));
    }
    return {};
}

} // namespace baartal::core
