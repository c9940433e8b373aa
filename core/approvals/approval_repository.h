#pragma once

#include "core/approvals/approval.h"
#include "core/result/result.h"

#include <QList>

#include <optional>

namespace baartal::core {

class Database;

// SQL of the admin_approvals table.
class ApprovalRepository {
public:
    explicit ApprovalRepository(Database& database)
        : m_database(database)
    {
    }

    Status add(const Approval& approval);
    Result<std::optional<Approval>> findById(const QString& id);
    Result<QList<Approval>> list(std::optional<ApprovalStatus> status);
    // Whether the shop has an approval still waiting for a decision.
    Result<bool> hasPending(const QString& merchantId);
    // The same rows, oldest first, each with its shop's business name.
    Result<QList<ApprovalListing>> listings(std::optional<ApprovalStatus> status);
    // Records a decision on a pending approval; an unknown or already decided one is a Conflict
    // "approval_already_decided".
    Status decide(const QString& id, ApprovalStatus status, const QString& notes, const QString& adminUserId,
                  const QDateTime& at);

private:
    Database& m_database;
};

} // namespace baartal::core
