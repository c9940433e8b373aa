#include "core/approvals/approval_service.h"

#include "core/approvals/approval_repository.h"
#include "core/audit/audit_log_repository.h"
#include "core/merchants/merchant_repository.h"
#include "core/storage/database.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"
#include "core/users/user_repository.h"

namespace baartal::core {

Result<QList<ApprovalListing>> ApprovalService::list(std::optional<ApprovalStatus> status)
{
    return ApprovalRepository(m_database).listings(status);
}

Result<ApprovalListing> ApprovalService::decide(const QString& approvalId, ApprovalDecision decision,
                                                const QString& notes, const QString& adminUserId,
                                                const DecisionHook& alongside)
{
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    ApprovalRepository approvals(m_database);
    auto found = approvals.findById(approvalId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error::notFound(QStringLiteral("approval_not_found"),
                               QStringLiteral("No approval %1").arg(approvalId));
    }
    Approval approval = **found;
    if (approval.status != ApprovalStatus::Pending) {
        return Error::conflict(QStringLiteral("approval_already_decided"),
                               QStringLiteral("This approval was already %1").arg(toText(approval.status)));
    }
    MerchantRepository merchants(m_database);
    auto merchant = merchants.findById(approval.merchantId);
    if (!merchant) {
        return merchant.error();
    }
    if (!*merchant) {
        return Error::notFound(QStringLiteral("merchant_not_found"),
                               QStringLiteral("No merchant %1").arg(approval.merchantId));
    }
    const bool approve = decision == ApprovalDecision::Approve;
    approval.status = approve ? ApprovalStatus::Approved : ApprovalStatus::Rejected;
    approval.notes = notes.trimmed();
    approval.decidedBy = adminUserId;
    approval.decidedAt = m_clock.now();
    // The update only matches a pending row, so a decision racing this one is refused here.
    if (Status decided =
            approvals.decide(approval.id, approval.status, approval.notes, adminUserId, approval.decidedAt);
        !decided) {
        return decided.error();
    }
    if (Status flagged = merchants.setApproved(approval.merchantId, approve); !flagged) {
        return flagged.error();
    }
    const QJsonObject detail{{QStringLiteral("approval_id"), approval.id},
                             {QStringLiteral("notes"), approval.notes}};
    if (Status audited =
            AuditLogRepository(m_database)
                .add({adminUserId,
                      approve ? QStringLiteral("merchant_approve") : QStringLiteral("merchant_reject"),
                      approval.merchantId, detail, approval.decidedAt});
        !audited) {
        return audited.error();
    }
    auto owner = UserRepository(m_database).findById((*merchant)->userId);
    if (!owner) {
        return owner.error();
    }
    const Merchant& shop = **merchant;
    const ApprovalListing decided{approval,      shop.businessName,
                                  shop.category, shop.pincode,
                                  shop.address,  *owner ? (*owner)->emailOrPhone : QString()};
    if (alongside) {
        if (Status recorded = alongside(decided); !recorded) {
            return recorded.error();
        }
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return decided;
}

} // namespace baartal::core
