-- Loyalty platform core: users, merchants, customers, bundles, approvals, ledger.
-- Times are UTC epoch milliseconds (BIGINT) in both dialects so ordering and bucketing are plain integer
-- arithmetic; money is integer paise and coins integer B-Coins. {{…}} placeholders are filled per
-- dialect by the Migrator.
CREATE TABLE categories (
    name TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email_or_phone TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('customer', 'merchant', 'admin')),
    created_at BIGINT NOT NULL,
    last_login BIGINT
);

CREATE TABLE refresh_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX idx_refresh_tokens_user ON refresh_tokens(user_id);

CREATE TABLE bundles (
    id TEXT PRIMARY KEY,
    region_name TEXT NOT NULL,
    pincode TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    created_at BIGINT NOT NULL
);
CREATE INDEX idx_bundles_pincode ON bundles(pincode);

CREATE TABLE merchants (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL UNIQUE REFERENCES users(id),
    business_name TEXT NOT NULL,
    category TEXT NOT NULL REFERENCES categories(name),
    pincode TEXT NOT NULL,
    address TEXT NOT NULL,
    lat DOUBLE PRECISION,
    lng DOUBLE PRECISION,
    bcoin_issue_rate INTEGER NOT NULL DEFAULT 5 CHECK (bcoin_issue_rate BETWEEN 1 AND 20),
    spend_cap_percent INTEGER CHECK (spend_cap_percent BETWEEN 0 AND 100),
    qr_code_url TEXT NOT NULL,
    bundle_id TEXT REFERENCES bundles(id),
    approved BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL
);
-- One shop per category per bundle, enforced by the database so racing sign-ups cannot both win.
CREATE UNIQUE INDEX uq_merchants_bundle_category ON merchants(bundle_id, category);

CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL UNIQUE REFERENCES users(id),
    pincode TEXT,
    referral_code TEXT NOT NULL UNIQUE,
    referred_by TEXT REFERENCES customers(id),
    recent_activity BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE admin_approvals (
    id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL REFERENCES merchants(id),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    notes TEXT NOT NULL DEFAULT '',
    decided_by TEXT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    decided_at BIGINT
);
CREATE INDEX idx_admin_approvals_status ON admin_approvals(status);

CREATE TABLE transactions (
    txn_id TEXT PRIMARY KEY,
    client_txn_id TEXT UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('earn', 'spend', 'referral_bonus', 'adjustment', 'expiry', 'void')),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    merchant_id TEXT REFERENCES merchants(id),
    amount_paise BIGINT NOT NULL DEFAULT 0 CHECK (amount_paise >= 0),
    bcoins_earned BIGINT NOT NULL DEFAULT 0 CHECK (bcoins_earned >= 0),
    bcoins_spent BIGINT NOT NULL DEFAULT 0 CHECK (bcoins_spent >= 0),
    voids_txn_id TEXT UNIQUE REFERENCES transactions(txn_id),
    reason TEXT NOT NULL DEFAULT '',
    created_by TEXT REFERENCES users(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX idx_transactions_customer ON transactions(customer_id, created_at);
CREATE INDEX idx_transactions_merchant ON transactions(merchant_id, created_at);

CREATE TABLE ledger_postings (
    id {{autoincrement_primary_key}},
    txn_id TEXT NOT NULL REFERENCES transactions(txn_id),
    account_type TEXT NOT NULL CHECK (account_type IN ('customer_wallet', 'merchant_issued', 'merchant_redeemed',
        'platform_bonus', 'platform_adjustment', 'platform_expired')),
    account_owner TEXT NOT NULL DEFAULT '',
    coins BIGINT NOT NULL CHECK (coins <> 0)
);
CREATE INDEX idx_ledger_postings_account ON ledger_postings(account_type, account_owner);
CREATE INDEX idx_ledger_postings_txn ON ledger_postings(txn_id);

CREATE TABLE coin_lots (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    txn_id TEXT NOT NULL REFERENCES transactions(txn_id),
    coins BIGINT NOT NULL CHECK (coins > 0),
    remaining BIGINT NOT NULL CHECK (remaining >= 0 AND remaining <= coins),
    earned_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX idx_coin_lots_customer ON coin_lots(customer_id, expires_at);

-- Which lots each debit (spend, expiry, withdrawal, void of an earn) drew from, so voids restore them.
CREATE TABLE lot_allocations (
    txn_id TEXT NOT NULL REFERENCES transactions(txn_id),
    lot_id TEXT NOT NULL REFERENCES coin_lots(id),
    coins BIGINT NOT NULL CHECK (coins > 0),
    PRIMARY KEY (txn_id, lot_id)
);
CREATE INDEX idx_lot_allocations_lot ON lot_allocations(lot_id);

INSERT INTO categories (name, label, created_at) VALUES
    ('grocery', 'Grocery', 0), ('saloon', 'Saloon', 0), ('pharmacy', 'Pharmacy', 0),
    ('restaurant', 'Restaurant', 0), ('bakery', 'Bakery', 0), ('dairy', 'Dairy', 0),
    ('stationery', 'Stationery', 0), ('electronics', 'Electronics', 0), ('clothing', 'Clothing', 0),
    ('hardware', 'Hardware', 0), ('laundry', 'Laundry', 0), ('home_services', 'Home services', 0);
