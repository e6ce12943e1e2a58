-- Daily email digests: one row per (email channel, period end), never two, whichever instance
-- closes the period first; its deliveries (QUEUED until then) are sent together in one mail.
CREATE TABLE digest (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel_id      uuid         NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    period_end      timestamptz  NOT NULL,
    status          varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    lease_token     uuid,
    lease_until     timestamptz,
    created_at      timestamptz  NOT NULL,
    completed_at    timestamptz,
    CONSTRAINT digest_once UNIQUE (channel_id, period_end)
);

CREATE INDEX digest_due ON digest (next_attempt_at) WHERE status = 'PENDING';

ALTER TABLE delivery ADD COLUMN digest_id bigint REFERENCES digest (id) ON DELETE SET NULL;
CREATE INDEX delivery_digest ON delivery (digest_id) WHERE digest_id IS NOT NULL;
CREATE INDEX delivery_queued ON delivery (channel_id) WHERE status = 'QUEUED';

-- Keys the service generates once and shares between its instances (the email link signing key).
CREATE TABLE service_key (
    name       varchar(50)  PRIMARY KEY,
    value      varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL
);
