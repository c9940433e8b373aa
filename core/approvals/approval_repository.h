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
    // Records a decision on a pending approval; deciding twice is a Conflict "approval_decided".
    Status decide(const QString& id, ApprovalStatus status, const QString& notes, const QString& adminUserId,
                  const QDateTime& at);

private:
    Database& m_database;
};

} // namespace baartal::core
