-- A shop's history filtered by type (its voids, say, a few among a million sales) walks only the rows of
-- that type, newest first, instead of the shop's whole index; the page count reads the same range.
CREATE INDEX idx_transactions_merchant_type ON transactions(merchant_id, type, created_at, txn_id);
-- The same for one customer's visits to the shop: without it, SQLite walks the whole shop's index.
CREATE INDEX idx_transactions_merchant_customer ON transactions(merchant_id, customer_id, created_at, txn_id);
