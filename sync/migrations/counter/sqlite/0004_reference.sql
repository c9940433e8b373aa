-- The reference pull (GET /api/v1/sync/reference, docs/sync-protocol.md §5), cached whole so the counter
-- checks customer QR codes and shows balances while offline. The shop's settings stay in merchant_profile.
CREATE TABLE reference_pull (
    merchant_id TEXT PRIMARY KEY,
    merchant_status TEXT NOT NULL,
    generated_at BIGINT NOT NULL,
    fetched_at BIGINT NOT NULL
);

-- The keys that verify customer tokens, newest first (position 0).
CREATE TABLE reference_server_keys (
    merchant_id TEXT NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    PRIMARY KEY (merchant_id, position)
);

CREATE TABLE reference_revoked_devices (
    merchant_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    revoked_at BIGINT,
    PRIMARY KEY (merchant_id, device_id)
);

-- Spend tokens to refuse by their nonce although their signature and expiry may still pass.
CREATE TABLE reference_refused_spend_tokens (
    merchant_id TEXT NOT NULL,
    nonce TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    state TEXT NOT NULL,
    expires_at BIGINT,
    PRIMARY KEY (merchant_id, nonce)
);

CREATE TABLE reference_customers (
    merchant_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    name_masked TEXT NOT NULL DEFAULT '',
    balance BIGINT NOT NULL,
    last_visit_at BIGINT,
    PRIMARY KEY (merchant_id, customer_id)
);
