#pragma once

#include "core/approvals/approval.h"
#include "core/merchants/merchant.h"

#include <QList>
#include <QString>

#include <optional>

namespace baartal::core {

// What an admin's list of shops may be narrowed to, and which page of it to read.
struct MerchantSearch {
    // A shop is approved when its flag is set, pending while an approval waits, rejected otherwise.
    std::optional<ApprovalStatus> state;
    // Matched case-insensitively inside the business name or the owner's login, or as the start of the
    // pincode; empty matches every shop.
    QString text;
    int offset = 0;
    int limit = 50;
};

// A shop as that list shows it.
struct MerchantListing {
    Merchant merchant;
    QString ownerLogin;
    ApprovalStatus state = ApprovalStatus::Pending;
};

// One page of the list, with how many shops match in all.
struct MerchantListingPage {
    QList<MerchantListing> merchants;
    qint64 total = 0;
};

} // namespace baartal::core
