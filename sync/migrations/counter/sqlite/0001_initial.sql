-- The counter's local cache. A sale is written here before the network sees it, so an outage or a
-- crash never loses one; the server's answer is recorded on the same row later.

-- The signed-in merchant's settings as last read from the server, so previews work offline.
CREATE TABLE merchant_profile (
    merchant_id TEXT PRIMARY KEY,
    business_name TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    issue_rate INTEGER NOT NULL CHECK (issue_rate BETWEEN 1 AND 20),
    spend_cap_percent INTEGER CHECK (spend_cap_percent IS NULL OR spend_cap_percent BETWEEN 0 AND 100),
    approved INTEGER NOT NULL CHECK (approved IN (0, 1)),
    fetched_at BIGINT NOT NULL
);

-- One row per sale keyed by the id the server deduplicates on, so a replay can never earn twice.
-- issue_rate is the rate the local preview used, kept to explain a difference from the server's count.
CREATE TABLE counter_sales (
    client_txn_id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    bill_paise BIGINT NOT NULL CHECK (bill_paise > 0),
    redeem_coins BIGINT NOT NULL DEFAULT 0 CHECK (redeem_coins >= 0),
    issue_rate INTEGER NOT NULL,
    coins_earned_local BIGINT NOT NULL CHECK (coins_earned_local >= 0),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
    server_txn_id TEXT,
    server_coins_earned BIGINT,
    customer_balance BIGINT,
    error_code TEXT,
    error_message TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (status <> 'confirmed' OR server_txn_id IS NOT NULL),
    CHECK (status <> 'rejected' OR error_code IS NOT NULL)
);

CREATE INDEX counter_sales_by_merchant_time ON counter_sales (merchant_id, created_at);
CREATE INDEX counter_sales_by_status ON counter_sales (merchant_id, status, created_at);
