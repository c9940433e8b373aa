-- A shop's history filtered by type (its voids, say, a few among a million sales) walks only the rows of
-- that type, newest first, instead of the shop's whole index; the page count reads the same range.
CREATE INDEX idx_transactions_merchant_type ON transactions(merchant_id, type, created_at, txn_id);
