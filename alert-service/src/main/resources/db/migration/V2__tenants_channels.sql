-- Tenants and their API keys; subscriptions with a richer filter, a status and one or more
-- channels (webhook, email, live stream); one delivery per (channel, event).

CREATE TABLE tenant (
    id          uuid         PRIMARY KEY,
    name        varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    -- the last sequence number of the tenant's live stream (Last-Event-ID); the row lock taken to
    -- increment it orders the stream's entries by commit
    stream_seq  bigint       NOT NULL DEFAULT 0,
    CONSTRAINT tenant_name_unique UNIQUE (name)
);

-- API keys are random (32 bytes): only their SHA-256 is kept.
CREATE TABLE api_key (
    id          uuid         PRIMARY KEY,
    tenant_id   uuid         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    key_hash    char(64)     NOT NULL,
    prefix      varchar(20)  NOT NULL,
    created_at  timestamptz  NOT NULL,
    revoked_at  timestamptz,
    CONSTRAINT api_key_hash_unique UNIQUE (key_hash)
);

CREATE INDEX api_key_tenant ON api_key (tenant_id);

-- Subscriptions made before tenants existed belong to the default tenant; an operator gives it a
-- key with POST /api/admin/tenants/00000000-0000-0000-0000-000000000001/api-keys.
INSERT INTO tenant (id, name, created_at) VALUES ('00000000-0000-0000-0000-000000000001', 'default', now());

ALTER TABLE subscription
    ADD COLUMN tenant_id             uuid         REFERENCES tenant (id) ON DELETE CASCADE,
    ADD COLUMN status                varchar(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED')),
    ADD COLUMN filter_parties_match  varchar(8)   NOT NULL DEFAULT 'ALL' CHECK (filter_parties_match IN ('ALL', 'ANY')),
    ADD COLUMN filter_domains        text[]       NOT NULL DEFAULT '{}',
    ADD COLUMN filter_min_confidence double precision,
    ADD COLUMN filter_keywords       text[]       NOT NULL DEFAULT '{}',
    ADD COLUMN updated_at            timestamptz;

UPDATE subscription SET tenant_id = '00000000-0000-0000-0000-000000000001', updated_at = created_at;
ALTER TABLE subscription ALTER COLUMN tenant_id SET NOT NULL, ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX subscription_tenant ON subscription (tenant_id, created_at, id);

-- Where a subscription's alerts go. Webhook: URL, whsec_ secret (kept in clear: it signs), the
-- previous secret during a rotation's overlap, and the failure state that disables it.
-- Email: address, digest or one mail per event, double opt-in and unsubscribe state.
CREATE TABLE channel (
    id                         uuid          PRIMARY KEY,
    subscription_id            uuid          NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    type                       varchar(16)   NOT NULL CHECK (type IN ('WEBHOOK', 'EMAIL', 'STREAM')),
    status                     varchar(16)   NOT NULL CHECK (status IN ('ENABLED', 'DISABLED', 'UNCONFIRMED', 'UNSUBSCRIBED')),
    position                   integer       NOT NULL,
    webhook_url                varchar(2048),
    webhook_secret             varchar(200),
    previous_secret            varchar(200),
    previous_secret_expires_at timestamptz,
    failing_since              timestamptz,
    disabled_at                timestamptz,
    disabled_reason            varchar(500),
    email_address              varchar(320),
    email_digest               boolean       NOT NULL DEFAULT false,
    confirmation_due_at        timestamptz,
    confirmation_sent_at       timestamptz,
    confirmed_at               timestamptz,
    unsubscribed_at            timestamptz,
    created_at                 timestamptz   NOT NULL,
    CHECK (type <> 'WEBHOOK' OR (webhook_url IS NOT NULL AND webhook_secret IS NOT NULL)),
    CHECK (type <> 'EMAIL' OR email_address IS NOT NULL)
);

CREATE INDEX channel_subscription ON channel (subscription_id, position);
CREATE INDEX channel_confirmation_due ON channel (confirmation_due_at) WHERE confirmation_due_at IS NOT NULL;

-- Every V1 subscription had one webhook: it becomes a channel with the subscription's id, so that
-- the webhook-ids of its deliveries (a hash of that id and the event) stay the same.
INSERT INTO channel (id, subscription_id, type, status, position, webhook_url, webhook_secret, created_at)
SELECT id, id, 'WEBHOOK', 'ENABLED', 0, webhook_url, webhook_secret, created_at FROM subscription;

ALTER TABLE subscription DROP COLUMN webhook_url, DROP COLUMN webhook_secret;

-- Deliveries are per (channel, event). New statuses: HELD (the channel is disabled or the
-- subscription paused: sent when it is enabled or resumed), QUEUED (waits for an email digest),
-- CANCELLED (the address unsubscribed). retry_base: attempts made before the last replay, so that a
-- replayed delivery gets the whole retry schedule again.
ALTER TABLE delivery
    ADD COLUMN channel_id uuid REFERENCES channel (id) ON DELETE CASCADE,
    ADD COLUMN retry_base integer NOT NULL DEFAULT 0;
UPDATE delivery SET channel_id = subscription_id;
ALTER TABLE delivery ALTER COLUMN channel_id SET NOT NULL;
ALTER TABLE delivery DROP CONSTRAINT delivery_once;
-- (event, channel) rather than (channel, event): the only index that starts with channel_id is
-- delivery_channel_agreement below, so the claim's order check uses it whatever the statistics say
ALTER TABLE delivery ADD CONSTRAINT delivery_once UNIQUE (event_id, channel_id);
ALTER TABLE delivery DROP CONSTRAINT delivery_status_check;
ALTER TABLE delivery ADD CONSTRAINT delivery_status_check
    CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'HELD', 'QUEUED', 'CANCELLED'));

DROP INDEX delivery_pending_per_agreement;
DROP INDEX delivery_event;
-- a (channel, agreement)'s deliveries in order: the claim's "no earlier one pending" check, and
-- the channel's deliveries for holding, releasing, cancelling and ON DELETE CASCADE
CREATE INDEX delivery_channel_agreement ON delivery (channel_id, agreement_id, id);
CREATE INDEX delivery_subscription ON delivery (subscription_id, id);
-- held deliveries, released when their channel is enabled or their subscription resumed
CREATE INDEX delivery_held ON delivery (channel_id) WHERE status = 'HELD';

-- deliveries arrive in bursts: refresh the planner's statistics sooner than the defaults would; and
-- each row is updated twice (claimed, recorded): room in its page keeps those updates HOT
ALTER TABLE delivery SET (fillfactor = 80, autovacuum_analyze_scale_factor = 0.02,
    autovacuum_vacuum_scale_factor = 0.05);
