-- Phone login codes (POST /api/v1/auth/send-otp and /verify-otp). A code is kept only as an HMAC keyed
-- with a server secret, so a leaked table cannot be brute-forced offline. Send limits count these rows,
-- so every server process on one database enforces the same limits.
CREATE TABLE otp_codes (
    id TEXT PRIMARY KEY,
    phone TEXT NOT NULL,
    client_address TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    used_at BIGINT
);
CREATE INDEX idx_otp_codes_phone ON otp_codes(phone, created_at);
CREATE INDEX idx_otp_codes_client ON otp_codes(client_address, created_at);

-- One row per phone and per client address that asked for a code. Sending locks the phone's row, then
-- the address's, until it commits: concurrent sends for either, in any server process, are counted one
-- after the other and cannot both slip under a limit.
CREATE TABLE otp_send_locks (
    subject TEXT PRIMARY KEY,
    locked_at BIGINT NOT NULL
);
