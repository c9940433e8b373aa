-- The reference pull lists the spend tokens that ended (cancelled or redeemed) and expire no more than a
-- day back; without this index that read scans every spend token ever made.
CREATE INDEX idx_spend_holds_expires ON spend_holds(expires_at, status);
