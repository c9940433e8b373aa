-- This counter as enrolled with a server for a merchant: the device id the server gave its public key.
-- The secret key is not here; it lives in the OS keychain, or (after the user opted in on a PC without
-- one) in an unencrypted file, as key_location says, so a counter that opted in once is not asked again.
-- replaced_device_id: the device this enrolment replaced after its key was lost, for support.
CREATE TABLE device_enrolment (
    server_url TEXT NOT NULL,
    merchant_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    name TEXT NOT NULL,
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    key_location TEXT NOT NULL CHECK (key_location IN ('keychain', 'plain_file')),
    replaced_device_id TEXT,
    enrolled_at BIGINT NOT NULL,
    PRIMARY KEY (server_url, merchant_id)
);
