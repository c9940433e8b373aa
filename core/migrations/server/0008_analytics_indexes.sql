-- Merchant analytics read a shop's sales and scans over a range of days. These indexes hold every
-- column those queries read, so a year of a busy shop is a walk along one index instead of a table
-- lookup per row (measured in docs/benchmarks.md: about five times faster on SQLite at one million
-- transactions). They start with the columns of the indexes they replace.
DROP INDEX idx_transactions_merchant;
CREATE INDEX idx_transactions_merchant ON transactions(merchant_id, created_at, type, customer_id,
    bcoins_earned, bcoins_spent, amount_paise, txn_id);
DROP INDEX idx_scans_merchant;
CREATE INDEX idx_scans_merchant ON scans(merchant_id, created_at, customer_id);
-- A shop's voids, few beside its sales: analytics leave out what they void without a lookup per sale.
CREATE INDEX idx_transactions_merchant_voids ON transactions(merchant_id, voids_txn_id) WHERE type = 'void';
