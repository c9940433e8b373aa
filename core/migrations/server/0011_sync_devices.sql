-- Enrolled counters (docs/sync-protocol.md): each signs its sync batches with its Ed25519 key. The
-- device's chain position (last_sequence, last_hash: hex SHA-256 of its last accepted row, zeros before
-- the first) moves only with an accepted batch, in that batch's transaction.
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL REFERENCES merchants(id),
    public_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT,
    last_sequence BIGINT NOT NULL DEFAULT 0 CHECK (last_sequence >= 0),
    last_hash TEXT NOT NULL
);
CREATE INDEX idx_devices_merchant ON devices(merchant_id, created_at);

-- Every accepted batch with the answers it got, so that a retry of the same bytes gets them again.
CREATE TABLE sync_batches (
    device_id TEXT NOT NULL REFERENCES devices(id),
    first_sequence BIGINT NOT NULL,
    last_sequence BIGINT NOT NULL,
    batch_hash TEXT NOT NULL,
    answers TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (device_id, first_sequence),
    UNIQUE (device_id, batch_hash)
);
