-- Webhook subscriptions. The secret is needed in clear to sign (HMAC), so it is stored as is.
CREATE TABLE subscription (
    id                uuid          PRIMARY KEY,
    name              varchar(200)  NOT NULL,
    webhook_url       varchar(2048) NOT NULL,
    webhook_secret    varchar(200)  NOT NULL,
    filter_parties    text[]        NOT NULL,  -- the event must name all of them; empty = any
    filter_milestones text[]        NOT NULL,  -- any of them; empty = any
    filter_statuses   text[]        NOT NULL,  -- any of them; empty = any
    created_at        timestamptz   NOT NULL
);

-- One row per milestone event that matched at least one subscription: its CloudEvents body,
-- built once so that every subscription and every retry sends the same bytes.
CREATE TABLE milestone_event (
    event_id     varchar(200) PRIMARY KEY,
    agreement_id varchar(200) NOT NULL,
    body         text         NOT NULL,
    received_at  timestamptz  NOT NULL
);

-- The outbox: one row per (subscription, event), never two (delivery_once).
-- id order is the order of the events of one agreement on its partition, and the worker
-- sends a row only when no earlier row of the same (subscription, agreement) is pending.
CREATE TABLE delivery (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id uuid         NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    event_id        varchar(200) NOT NULL REFERENCES milestone_event (event_id),
    agreement_id    varchar(200) NOT NULL,
    webhook_id      varchar(100) NOT NULL,
    status          varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    lease_token     uuid,
    lease_until     timestamptz,
    created_at      timestamptz  NOT NULL,
    completed_at    timestamptz,
    CONSTRAINT delivery_once UNIQUE (subscription_id, event_id)
);

CREATE INDEX delivery_due ON delivery (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX delivery_pending_per_agreement ON delivery (subscription_id, agreement_id, id) WHERE status = 'PENDING';
CREATE INDEX delivery_event ON delivery (event_id);

-- Every HTTP attempt of a delivery, for the delivery log.
CREATE TABLE delivery_attempt (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id  bigint       NOT NULL REFERENCES delivery (id) ON DELETE CASCADE,
    number       integer      NOT NULL,
    attempted_at timestamptz  NOT NULL,
    status_code  integer,
    latency_ms   bigint       NOT NULL,
    error        varchar(1000),
    CONSTRAINT delivery_attempt_once UNIQUE (delivery_id, number)
);
