-- Where a shop wants its notifications: a signed webhook and/or WhatsApp messages. One row per shop; an
-- empty text means that channel is off. The webhook secret is kept in clear because the server signs
-- with it (like any HMAC key).
CREATE TABLE merchant_notification_settings (
    merchant_id TEXT PRIMARY KEY REFERENCES merchants(id),
    webhook_url TEXT NOT NULL DEFAULT '',
    webhook_secret TEXT NOT NULL DEFAULT '',
    whatsapp_to TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);

-- The durable outgoing queue: one row per event and channel, written in the transaction of the event's
-- cause. A runner claims due rows (status 'pending', next_attempt_at passed, no live lease) by setting
-- claim_token and lease_until, so several server processes share the queue without sending twice; a
-- runner that dies mid-delivery loses its lease and the row becomes due again.
CREATE TABLE notification_deliveries (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    merchant_id TEXT NOT NULL REFERENCES merchants(id),
    channel TEXT NOT NULL CHECK (channel IN ('webhook', 'whatsapp')),
    event_type TEXT NOT NULL,
    body TEXT NOT NULL,
    summary TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claim_token TEXT,
    lease_until BIGINT,
    last_http_status INTEGER,
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    delivered_at BIGINT,
    UNIQUE (event_id, channel)
);
CREATE INDEX idx_notification_deliveries_due ON notification_deliveries(status, next_attempt_at);
CREATE INDEX idx_notification_deliveries_merchant ON notification_deliveries(merchant_id, created_at);
