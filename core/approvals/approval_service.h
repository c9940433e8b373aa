#pragma once

#include "core/approvals/approval.h"
#include "core/result/result.h"

#include <QList>

#include <functional>
#include <optional>

namespace baartal::core {

class Clock;
class Database;

enum class ApprovalDecision { Approve, Reject };

// An admin's review of new shops: the queue, and the decision that lets a shop issue and redeem coins
// (or keeps it from doing so).
class ApprovalService {
public:
    ApprovalService(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    // Every approval, or those in one status, oldest first.
    Result<QList<ApprovalListing>> list(std::optional<ApprovalStatus> status);

    // Runs inside a decision's transaction once it is written; a failure rolls the decision back. For
    // what must exist exactly when the decision does (the shop's notification).
    using DecisionHook = std::function<Status(const ApprovalListing&)>;

    // Decides a pending approval, sets the shop's approved flag to match and writes the admin audit
    // record ("merchant_approve" or "merchant_reject", subject the shop), in one transaction:
    // NotFound "approval_not_found" for an unknown id, Conflict "approval_already_decided" for one
    // decided before (nothing is changed then).
    Result<ApprovalListing> decide(const QString& approvalId, ApprovalDecision decision, const QString& notes,
                                   const QString& adminUserId, const DecisionHook& alongside = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace baartal::core
