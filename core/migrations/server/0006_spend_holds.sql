-- Coins a customer set aside for a spend token: reserved lot by lot, so that no other debit (a sale's
-- redemption, an admin withdrawal, a void, expiry) can take them while the token may still be redeemed.
-- A hold is 'active' until redeemed or cancelled, and counts only until lapses_at (the token's expiry plus
-- a grace period for counters that accepted it offline).
CREATE TABLE spend_holds (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    merchant_id TEXT REFERENCES merchants(id),
    coins BIGINT NOT NULL CHECK (coins > 0),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'redeemed', 'cancelled')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    lapses_at BIGINT NOT NULL,
    ended_at BIGINT,
    CHECK (expires_at > created_at AND lapses_at >= expires_at)
);
CREATE INDEX idx_spend_holds_customer ON spend_holds(customer_id, status, lapses_at);

CREATE TABLE spend_hold_lots (
    hold_id TEXT NOT NULL REFERENCES spend_holds(id),
    lot_id TEXT NOT NULL REFERENCES coin_lots(id),
    coins BIGINT NOT NULL CHECK (coins > 0),
    PRIMARY KEY (hold_id, lot_id)
);
CREATE INDEX idx_spend_hold_lots_lot ON spend_hold_lots(lot_id);

-- One use per spend token: its hold id (the token's nonce) is the key, so a second redemption cannot be
-- written, whichever server process tries.
CREATE TABLE spend_token_redemptions (
    hold_id TEXT PRIMARY KEY REFERENCES spend_holds(id),
    txn_id TEXT NOT NULL UNIQUE REFERENCES transactions(txn_id),
    redeemed_at BIGINT NOT NULL
);
