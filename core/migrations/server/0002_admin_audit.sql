-- What admins do to others' data (wallet adjustments), written in the same transaction as the change.
-- Append-only: rows are never updated or deleted, and the id gives the order they were written in.
CREATE TABLE admin_audit_log (
    id {{autoincrement_primary_key}},
    admin_user_id TEXT NOT NULL REFERENCES users(id),
    action TEXT NOT NULL,
    subject_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}',
    created_at BIGINT NOT NULL
);
CREATE INDEX idx_admin_audit_log_subject ON admin_audit_log(subject_id, id);
CREATE INDEX idx_admin_audit_log_admin ON admin_audit_log(admin_user_id, created_at);
