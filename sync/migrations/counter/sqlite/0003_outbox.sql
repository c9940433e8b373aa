-- The outbox: every counter action, in the order it happened, as the signed sync batches carry it
-- (docs/sync-protocol.md). A row is written in the same transaction as the action's own rows and keeps
-- the server's answer once one came; only that answer settles it.
CREATE TABLE outbox (
    device_id TEXT NOT NULL,
    sequence BIGINT NOT NULL CHECK (sequence >= 1),
    client_txn_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('earn', 'spend', 'void')),
    customer_id TEXT NOT NULL,
    bill_paise BIGINT NOT NULL CHECK (bill_paise >= 0),
    coins BIGINT NOT NULL CHECK (coins >= 0),
    voids_client_txn_id TEXT NOT NULL DEFAULT '',
    spend_token TEXT NOT NULL DEFAULT '',
    local_time_ms BIGINT NOT NULL,
    previous_hash BLOB NOT NULL CHECK (length(previous_hash) = 32),
    row_hash BLOB NOT NULL CHECK (length(row_hash) = 32),
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'accepted', 'duplicate', 'rejected')),
    server_txn_id TEXT,
    reason TEXT,
    answered_at BIGINT,
    PRIMARY KEY (device_id, sequence),
    CHECK (status = 'queued' OR answered_at IS NOT NULL),
    CHECK (status <> 'rejected' OR reason IS NOT NULL)
);

CREATE INDEX outbox_by_status ON outbox (device_id, status, sequence);

-- The rows of the batch being uploaded. Until its answer is recorded the uploader resends exactly these
-- rows, so a retry after a lost answer has the same bytes and the server returns its stored answers.
CREATE TABLE outbox_in_flight (
    device_id TEXT PRIMARY KEY,
    first_sequence BIGINT NOT NULL CHECK (first_sequence >= 1),
    last_sequence BIGINT NOT NULL,
    CHECK (last_sequence >= first_sequence)
);

-- A spend redeems the coins its token holds on the server; a token is taken once at this counter.
ALTER TABLE counter_sales ADD COLUMN spend_token TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX counter_sales_by_spend_token ON counter_sales (spend_token) WHERE spend_token <> '';

-- A void is its own counter action (its own outbox row); the sale keeps which one reversed it and why.
ALTER TABLE counter_sales ADD COLUMN voided_by TEXT;
ALTER TABLE counter_sales ADD COLUMN void_reason TEXT;

-- A refusal now arrives as the sync row's stable code; the counter words it in the cashier's language.
ALTER TABLE counter_sales DROP COLUMN error_message;
