-- Every time a customer scans a shop's counter QR: the footfall that merchant analytics count, and the
-- origin of the check-in the cashier sees. Written once, never updated.
CREATE TABLE scans (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    merchant_id TEXT NOT NULL REFERENCES merchants(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX idx_scans_merchant ON scans(merchant_id, created_at);
CREATE INDEX idx_scans_customer ON scans(customer_id, created_at);
