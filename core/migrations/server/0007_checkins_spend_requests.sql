-- A customer's visit to a shop, waiting for the cashier: created by a scan of the shop's counter QR,
-- used by the sale it earns on (one sale, recorded in the same transaction), or lapsed once expires_at
-- has passed. "lapsed" is never stored: it is a pending row read after its expiry.
CREATE TABLE checkins (
    id TEXT PRIMARY KEY,
    scan_id TEXT NOT NULL UNIQUE REFERENCES scans(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    merchant_id TEXT NOT NULL REFERENCES merchants(id),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'used')),
    txn_id TEXT UNIQUE REFERENCES transactions(txn_id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    -- A used check-in always names its sale, and only a used one does.
    CHECK ((status = 'used') = (txn_id IS NOT NULL))
);
CREATE INDEX idx_checkins_merchant ON checkins(merchant_id, status, created_at);
CREATE INDEX idx_checkins_customer ON checkins(customer_id, merchant_id, status);

-- Coins a customer asks to spend at a shop, confirmed (with the sale that spent them, in the same
-- transaction), declined by the shop, cancelled by the customer, or lapsed like a check-in.
CREATE TABLE spend_requests (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    merchant_id TEXT NOT NULL REFERENCES merchants(id),
    coins BIGINT NOT NULL CHECK (coins > 0),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'declined', 'cancelled')),
    txn_id TEXT UNIQUE REFERENCES transactions(txn_id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    decided_at BIGINT,
    CHECK ((status = 'confirmed') = (txn_id IS NOT NULL))
);
CREATE INDEX idx_spend_requests_merchant ON spend_requests(merchant_id, status, created_at);
CREATE INDEX idx_spend_requests_customer ON spend_requests(customer_id, created_at);
